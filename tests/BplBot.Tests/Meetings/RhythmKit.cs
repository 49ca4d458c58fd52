using BplBot.Data;
using BplBot.Domain.Network;
using BplBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BplBot.Tests.Meetings;

internal static class RhythmKit
{
    /// <summary>Adds <paramref name="count"/> members with Teams accounts to the team, as if they had used Teams.</summary>
    public static List<int> AddMembers(this BotApplication app, string teamKey, int count, string prefix = "member")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BplDbContext>();
        var team = db.Teams.Single(t => t.Key == teamKey);
        var people = Enumerable.Range(0, count).Select(i =>
        {
            var person = new Person($"{prefix} {i}", $"{prefix}.{teamKey}.{i}@example.se", $"00000000-0000-0000-{teamKey.GetHashCode(StringComparison.Ordinal) & 0xffff:x4}-{i:x12}", "sv-SE");
            person.Grant(Role.Member, team.Id);
            return person;
        }).ToList();
        db.People.AddRange(people);
        db.SaveChanges();
        return people.Select(p => p.Id).ToList();
    }

    public static async Task<T> InScopeAsync<T>(this BotApplication app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Waits (polling) until <paramref name="done"/> holds, or fails after <paramref name="seconds"/>.</summary>
    public static async Task EventuallyAsync(Func<bool> done, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}");
            await Task.Delay(50);
        }
    }
}
