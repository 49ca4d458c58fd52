using BplBot.BotFramework;
using BplBot.Charts;
using BplBot.Conversations;
using BplBot.Data;
using BplBot.Health;
using BplBot.Hosting;
using BplBot.Jobs;
using BplBot.Meetings;
using BplBot.Network;
using BplBot.Newsletter;
using BplBot.Status;

if (args is [BplBot.AppPackage.AppPackageCommand.Verb, ..]) return BplBot.AppPackage.AppPackageCommand.Run(args);

// Everything from the first setting read to the end of the start is inside the try: a bad setting, database or
// network file is one plain message on stderr and exit code 1, wherever it is found (StartFailure).
WebApplication? app = null;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.UseRootSettings();            // appsettings.json at the repository root
    builder.ListenOnLoopbackByDefault();  // http://127.0.0.1:3978 unless --urls says otherwise
    builder.ReportStartFailuresOnce();    // a bad setting is one clear message, not a stack trace
    builder.Services.AddSingleton(TimeProvider.System);

    builder.AddPersistence();             // EF Core on a SQLite file, migrated at start
    builder.AddNetwork();                 // the network file, or the demo network
    builder.AddBotFramework();            // /api/messages, auth, connector client
    builder.AddConversations();           // command routing, commands and the check-in dialog
    builder.AddCharts();                  // run charts: drawing, the shipped font, chart image links
    builder.AddStatus();                  // status cards and the overview
    builder.AddMeetings();                // meetings, reminders, the digest and the outbox
    builder.AddNewsletter();              // the post-meeting newsletter draft: Word, HTML, Markdown
    builder.AddJobs();                    // Quartz on the same database

    app = builder.Build();
    app.UseResponseHardening();           // nosniff and a strict CSP everywhere; no exception page
    app.MapBotFramework();
    app.MapHealth();
    app.MapCharts();
    app.MapNewsletter();

    await app.StartAsync();
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException) // HostAbortedException: a test host or EF tool took the app over.
{
    return StartFailure.Report(e, app?.Services);
}
finally
{
    if (app is not null) await app.DisposeAsync();
}

public partial class Program;
