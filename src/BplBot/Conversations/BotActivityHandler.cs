using System.Text.Json.Nodes;
using BplBot.BotFramework;
using BplBot.Cards;
using BplBot.Conversations.Commands;
using BplBot.Conversations.Replies;
using BplBot.Dialogs;
using BplBot.Help;
using BplBot.Roster;

namespace BplBot.Conversations;

/// <summary>
/// The application's side of the protocol, one turn at a time: the activity is claimed once, keeps its conversation
/// reference fresh, and is read once into a <see cref="TurnInput"/>. Then the person's active dialog (any kind) gets
/// it first, else the command router; a command typed in a dialog runs, and the dialog asks its question again.
/// Nothing a handler throws becomes a 5xx: the person is told something went wrong, and the turn ends with 200.
/// </summary>
public sealed class BotActivityHandler(
    ActivityDeduplicator deduplicator,
    ConversationReferenceStore references,
    PersonResolver people,
    NetworkDirectory directory,
    CommandRouter router,
    DialogRunner dialogs,
    Greeter greeter,
    InboundRateLimit rateLimit,
    ILogger<BotActivityHandler> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var activity = turn.Activity;
        if (!await deduplicator.TryClaimAsync(activity, ct))
        {
            logger.LogInformation("Duplicate delivery of an activity ignored");
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
        var (context, _) = await ContextAsync(turn, reference, TurnInput.From(turn.Activity), ct);
        await greeter.GreetAsync(context, ct);
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var (reference, _) = await references.RefreshAsync(turn.Activity, ct);
        var input = TurnInput.From(turn.Activity);
        var (context, dialog) = await ContextAsync(turn, reference, input, ct);
        await RunSafelyAsync(context, () => TurnAsync(context, dialog, ct), ct);
    }

    /// <summary>A card's <c>Action.Execute</c>. Anything else invoked is not ours (501, as BotBuilder answers).</summary>
    private async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Name != "adaptiveCard/action") return null;
        var (reference, _) = await references.RefreshAsync(turn.Activity, ct);
        var input = TurnInput.From(turn.Activity);
        var (context, dialog) = await ContextAsync(turn, reference, input, ct);
        await RunSafelyAsync(context, () => TurnAsync(context, dialog, ct), ct);
        if (context.Replies.InvokeCard is { } card)
            return new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = ContentTypes.AdaptiveCard, ["value"] = card.ToJson() });
        return new InvokeResponse(200, new JsonObject
        {
            ["statusCode"] = 200, ["type"] = ContentTypes.InvokeMessage, ["value"] = context.Pick("Klart – se chatten.", "Done – see the chat."),
        });
    }

    private async Task TurnAsync(CommandContext context, DialogState? dialog, CancellationToken ct)
    {
        var input = context.Input;
        if (input.IsTooLong)
        {
            await context.ReplyAsync(context.Pick(
                $"Meddelandet är för långt för mig: skriv högst {TurnInput.MaxTextLength} tecken åt gången.",
                $"That message is too long for me: write at most {TurnInput.MaxTextLength} characters at a time."), ct);
            return;
        }
        if (!rateLimit.Allows(context.Turn.Activity))
        {
            await context.ReplyAsync(context.Pick("Oj, det gick fort! Vänta en liten stund och skriv sedan igen.",
                "Whoa, that was fast! Wait a moment, then write again."), ct);
            return;
        }
        var outcome = await dialogs.ContinueAsync(context, dialog, ct);
        if (outcome.Handled) return;
        if (outcome.Interruption is { } command)
        {
            await router.RouteAsync(context, command, ct);
            await dialogs.RepromptAsync(context, ct);
            return;
        }
        // A press on a card that is not ours, or not any more: never read as a command.
        if ((input.Card is not null && !input.IsCommandPress) || (input.Text.Length == 0 && context.Turn.Activity.Value is not null))
        {
            await context.ReplyAsync(context.Pick(
                "Det kortet hör inte till något jag kan ta emot just nu. Skriv **hjälp** för att se vad jag kan.",
                "That card is not something I can take right now. Type **help** to see what I can do."), ct);
            return;
        }
        await router.RouteAsync(context, input.Text.Length == 0 ? Domain.Commands.CommandParser.Parse("hjälp") : input.Command, ct);
    }

    /// <summary>Whatever fails inside a turn is logged (type and stack, never text) and answered plainly, and the turn ends with 200.</summary>
    private async Task RunSafelyAsync(CommandContext context, Func<Task> turn, CancellationToken ct)
    {
        try
        {
            await turn();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(LogSafe.Redact(e), "A turn failed with {ExceptionType}", e.GetType().Name);
            // Sending never throws: a failure to reach the person is a classified result.
            await context.ReplyAsync(context.Pick("Något gick fel hos mig. Försök igen om en stund – det du redan har sparat finns kvar.",
                "Something went wrong on my side. Please try again in a while – what you already saved is kept."), ct);
        }
    }

    private async Task<(CommandContext Context, DialogState? Dialog)> ContextAsync(
        TurnContext turn, ConversationReference? reference, TurnInput input, CancellationToken ct)
    {
        var person = await people.ResolveAsync(turn, ct);
        var replies = new Replier(turn);
        var draft = new CommandContext(turn, input, person, Domain.Text.Language.Swedish, string.Empty, reference, await directory.InfoAsync(ct), replies);
        var dialog = await dialogs.FindAsync(draft, ct);
        var language = LanguageChoice.For(person, input, dialog, turn.Activity.Locale);
        return (draft with { Language = language }, dialog);
    }
}
