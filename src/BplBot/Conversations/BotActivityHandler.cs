using BplBot.Cards;
using BplBot.BotFramework;
using BplBot.CheckIn;
using BplBot.Conversations.Commands;
using BplBot.Domain.Text;
using BplBot.Help;
using BplBot.Roster;

namespace BplBot.Conversations;

/// <summary>
/// The application's side of the protocol: each activity is claimed once, keeps its conversation reference fresh,
/// and then becomes a greeting, an uninstall, or a command.
/// </summary>
public sealed class BotActivityHandler(
    ActivityDeduplicator deduplicator,
    ConversationReferenceStore references,
    PersonResolver people,
    NetworkDirectory directory,
    CommandRouter router,
    CheckInRunner checkIn,
    Greeter greeter,
    ILogger<BotActivityHandler> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var activity = turn.Activity;
        if (!await deduplicator.TryClaimAsync(activity, ct))
        {
            logger.LogInformation("Duplicate delivery of activity {ActivityId} ignored", activity.Id);
            return null;
        }
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate:
                await OnInstallationAsync(turn, activity.Action is "remove" or "remove-upgrade", ct);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnInstallationAsync(turn, activity.IsBotRemoved(), ct, greet: activity.IsBotAdded());
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, ct);
                break;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, ct);
        }
        return null;
    }

    private async Task OnInstallationAsync(TurnContext turn, bool removed, CancellationToken ct, bool greet = true)
    {
        if (removed)
        {
            await references.MarkRemovedAsync(turn.Activity, ct);
            logger.LogInformation("Bot removed from a {ConversationKind} conversation", turn.Activity.ConversationKind());
            return;
        }
        var (reference, change) = await references.RefreshAsync(turn.Activity, ct);
        if (!greet || change != ReferenceChange.Installed) return;
        logger.LogInformation("Bot installed in a {ConversationKind} conversation", turn.Activity.ConversationKind());
        await greeter.GreetAsync(await ContextAsync(turn, reference, ct), ct);
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var (reference, _) = await references.RefreshAsync(turn.Activity, ct);
        var context = await ContextAsync(turn, reference, ct);
        if ((await checkIn.TryContinueAsync(context, ct)).Handled) return;
        if (CardSubmission.From(turn.Activity) is { Kind: CardSubmission.CommandKind } pressed)
        {
            await router.RouteAsync(context, pressed.Text(CardSubmission.CommandField), ct);
            return;
        }
        if (turn.Activity.Value is not null && string.IsNullOrWhiteSpace(turn.Activity.Text))
        {
            await context.ReplyAsync(context.Pick(
                "Det kortet hör inte till något jag kan ta emot just nu. Skriv **hjälp** för att se vad jag kan.",
                "That card is not something I can take right now. Type **help** to see what I can do."), ct);
            return;
        }
        var text = turn.Activity.GetTextWithoutBotMention() ?? string.Empty;
        await router.RouteAsync(context, string.IsNullOrWhiteSpace(text) ? "hjälp" : text, ct);
    }

    /// <summary>A card's <c>Action.Execute</c>. Anything else invoked is not ours (501, as BotBuilder answers).</summary>
    private async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Name != "adaptiveCard/action") return null;
        var (reference, _) = await references.RefreshAsync(turn.Activity, ct);
        var context = await ContextAsync(turn, reference, ct);
        var outcome = await checkIn.TryContinueAsync(context, ct);
        if (outcome.Invoke is not null) return outcome.Invoke;
        var message = outcome.Handled
            ? context.Pick("Klart – se chatten.", "Done – see the chat.")
            : context.Pick("Det kortet hör inte till något jag kan ta emot just nu.", "That card is not something I can take right now.");
        return new InvokeResponse(200, new System.Text.Json.Nodes.JsonObject
        {
            ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = message,
        });
    }

    private async Task<CommandContext> ContextAsync(TurnContext turn, ConversationReference? reference, CancellationToken ct)
    {
        var person = await people.ResolveAsync(turn, ct);
        var language = Languages.FromLocale(turn.Activity.Locale ?? person?.Locale);
        return new CommandContext(turn, person, language, string.Empty, reference, await directory.InfoAsync(ct));
    }
}
