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
using BplBot.Privacy;
using BplBot.Status;

if (args is [BplBot.AppPackage.AppPackageCommand.Verb, ..]) return BplBot.AppPackage.AppPackageCommand.Run(args);
if (args is [BplBot.Export.ExportCommand.Verb, ..]) return await BplBot.Export.ExportCommand.RunAsync(args);

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
builder.AddPrivacy();                 // people's rights, the audit trail, retention and the archive export
builder.AddJobs();                    // Quartz on the same database

var app = builder.Build();
app.MapBotFramework();
app.MapHealth();
app.MapCharts();
app.MapNewsletter();
app.MapPrivacy();

try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e)
{
    await Console.Error.WriteLineAsync(StartFailure.Describe(e));
    return 1;
}

public partial class Program;
