using System.Diagnostics;

namespace BplBot.E2E.Hosting;

/// <summary>
/// A process the fixture starts: stdout and stderr go to a log file and a short in-memory tail, so
/// a failure can show what the process said; disposing kills its whole tree.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int TailLines = 200;

    private readonly Process process;
    private readonly StreamWriter logFile;
    private readonly Queue<string> tail = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> lineWaiters = [];
    private readonly Lock gate = new();
    private bool closed;

    private ChildProcess(string name, Process process, StreamWriter logFile)
    {
        Name = name;
        this.process = process;
        this.logFile = logFile;
    }

    public string Name { get; }

    public string LogPath { get; private init; } = "";

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        ChildEnvironment environment, string logPath)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        environment.ApplyTo(info.Environment);

        var logFile = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, logFile) { LogPath = logPath };
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, "");
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, "[stderr] ");
        process.Exited += (_, _) => child.OnExited();
        logFile.WriteLine($"$ {fileName} {string.Join(' ', info.ArgumentList)}   (in {workingDirectory})");
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            logFile.Dispose();
            throw;
        }
        // CI has no stdin; a child must never wait on ours.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The first output line that matches, or a failure when the process exits or time runs out.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, string what, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (tail.FirstOrDefault(match) is { } seen)
            {
                return seen;
            }
            lineWaiters.Add((match, found));
        }
        if (process.HasExited)
        {
            OnExited();
        }
        try
        {
            return await found.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not print {what} in time.");
        }
    }

    /// <summary>Waits for the process to end, or kills it when time runs out.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{Name} did not finish within {timeout.TotalSeconds:0} s.");
        }
    }

    public string Tail(int lines = 60)
    {
        lock (gate)
        {
            return string.Join(Environment.NewLine, tail.Skip(Math.Max(0, tail.Count - lines)));
        }
    }

    private void OnLine(string? line, string prefix)
    {
        if (line is null)
        {
            return;
        }
        line = prefix + line;
        lock (gate)
        {
            if (closed)
            {
                return;
            }
            logFile.WriteLine(line);
            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
            foreach (var waiter in lineWaiters.Where(w => w.Match(line)).ToList())
            {
                waiter.Found.TrySetResult(line);
                lineWaiters.Remove(waiter);
            }
        }
    }

    private void OnExited()
    {
        lock (gate)
        {
            foreach (var waiter in lineWaiters)
            {
                waiter.Found.TrySetException(new InvalidOperationException($"{Name} exited with code {process.ExitCode}."));
            }
            lineWaiters.Clear();
        }
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                // Kill was sent; don't hang the run on a process that ignores it.
            }
        }
        lock (gate)
        {
            closed = true;
            logFile.Dispose();
        }
        process.Dispose();
    }
}
