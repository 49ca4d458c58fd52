namespace BplBot.Domain.RunCharts;

/// <summary>
/// How many runs random order gives: the exact distribution of the number of runs (Swed &amp; Eisenhart 1943) for
/// ⌈n/2⌉ points on one side of the median and ⌊n/2⌋ on the other, cut at 2.5 % in each tail (5 % in all). This is
/// how the table in Perla, Provost &amp; Murray (2011) is made; published tables differ from it by a run here and there.
/// </summary>
public static class RunsLimits
{
    public const double TailRisk = 0.025;

    /// <summary>Fewer runs than <c>Lower</c> or more than <c>Upper</c> is a signal. Null below 10 useful points.</summary>
    public static (int Lower, int Upper)? For(int usefulPoints)
    {
        if (usefulPoints < 10) return null;
        var above = (usefulPoints + 1) / 2;
        var below = usefulPoints / 2;
        var probabilities = Distribution(above, below);
        int lower = 2, upper = usefulPoints;
        double cumulative = 0;
        for (var r = 2; r <= usefulPoints; r++)
        {
            cumulative += probabilities[r];
            if (cumulative > TailRisk)
            {
                lower = r;
                break;
            }
        }
        cumulative = 0;
        for (var r = usefulPoints; r >= 2; r--)
        {
            cumulative += probabilities[r];
            if (cumulative > TailRisk)
            {
                upper = r;
                break;
            }
        }
        return (lower, upper);
    }

    /// <summary>P(R = r) for r = 0..n1+n2, computed in log space so n up to several hundred stays exact enough.</summary>
    public static double[] Distribution(int n1, int n2)
    {
        var n = n1 + n2;
        var p = new double[n + 1];
        var total = LogChoose(n, n1);
        for (var r = 2; r <= n; r++)
        {
            double ways;
            if (r % 2 == 0)
            {
                var k = r / 2;
                ways = 2 * Exp(LogChoose(n1 - 1, k - 1) + LogChoose(n2 - 1, k - 1) - total);
            }
            else
            {
                var k = (r - 1) / 2;
                ways = Exp(LogChoose(n1 - 1, k - 1) + LogChoose(n2 - 1, k) - total)
                     + Exp(LogChoose(n1 - 1, k) + LogChoose(n2 - 1, k - 1) - total);
            }
            p[r] = ways;
        }
        return p;
    }

    private static double Exp(double x) => double.IsNegativeInfinity(x) ? 0 : Math.Exp(x);

    private static double LogChoose(int n, int k)
    {
        if (k < 0 || n < 0 || k > n) return double.NegativeInfinity;
        return LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);
    }

    private static double LogFactorial(int n)
    {
        double sum = 0;
        for (var i = 2; i <= n; i++) sum += Math.Log(i);
        return sum;
    }
}
