using System.Net.Http.Json;
using System.Text.Json;

namespace BplBot.E2E.Driver;

/// <summary>What the playground answered when the user sent something.</summary>
/// <param name="PostConversationId">For a new channel post, its thread: <c>&lt;channelId&gt;;messageid=&lt;id&gt;</c>.</param>
public sealed record SentMessage(string MessageId, string? PostConversationId);

/// <summary>
/// Drives the Microsoft 365 Agents Playground through the HTTP and WebSocket API its web UI uses
/// (undocumented; observed on 0.2.28, see shared/docs/teams-playground.md §3). Acts as the
/// playground's current user.
/// </summary>
public sealed class Playground : IAsyncDisposable
{
    private readonly HttpClient http;

    private Playground(HttpClient http, PlaygroundConfig config, EventStream<BotMessage> messages, EventStream<LogEntry> log)
    {
        this.http = http;
        Config = config;
        Messages = messages;
        Log = log;
    }

    public PlaygroundConfig Config { get; }

    /// <summary>Where the playground's web UI is served.</summary>
    public Uri BaseUri => http.BaseAddress!;

    /// <summary>Everything the bot posts, from <c>/_ws_conversation/v1/conversations/stream</c>.</summary>
    public EventStream<BotMessage> Messages { get; }

    /// <summary>The HTTP log, from <c>/_ws/log/stream</c>: what the bot answered to each activity.</summary>
    public EventStream<LogEntry> Log { get; }

    /// <summary>Opens both streams first, so no event is flushed to nobody, then reads the config.</summary>
    public static async Task<Playground> ConnectAsync(Uri baseUri, CancellationToken cancellationToken)
    {
        var ws = new UriBuilder(baseUri) { Scheme = baseUri.Scheme == "https" ? "wss" : "ws" }.Uri;
        var messages = new EventStream<BotMessage>(new Uri(ws, "/_ws_conversation/v1/conversations/stream"), BotMessage.Parse);
        var log = new EventStream<LogEntry>(new Uri(ws, "/_ws/log/stream"), LogEntry.Parse);
        // The config call itself waits up to 15 s for the bot endpoint; allow a little more.
        var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            await messages.ConnectAsync(cancellationToken);
            await log.ConnectAsync(cancellationToken);
            using var config = await http.GetFromJsonAsync<JsonDocument>("/_internal/v1/config", cancellationToken)
                ?? throw new InvalidOperationException("The playground returned no config.");
            return new Playground(http, PlaygroundConfig.Parse(config.RootElement), messages, log);
        }
        catch
        {
            http.Dispose();
            await messages.DisposeAsync();
            await log.DisposeAsync();
            throw;
        }
    }

    /// <summary>The user writes in the personal chat with the bot.</summary>
    public Task<SentMessage> SendPersonalAsync(string text) => SendAsync(Config.PersonalChatId, text, mentionBot: false);

    /// <summary>The user writes in the group chat, @mentioning the bot (without it, the bot gets nothing).</summary>
    public Task<SentMessage> SendGroupAsync(string text) => SendAsync(Config.GroupChatId, text, mentionBot: true);

    /// <summary>The user starts a new post in a channel (General by default), @mentioning the bot.</summary>
    public Task<SentMessage> PostInChannelAsync(string text, string? channelId = null) =>
        SendAsync(channelId ?? Config.GeneralChannelId, text, mentionBot: true);

    public async Task<SentMessage> SendAsync(string conversationId, string text, bool mentionBot)
    {
        var mention = $"<at>{Config.Bot.Name}</at>";
        object body = mentionBot
            ? new
            {
                from = new { id = Config.CurrentUser.Id },
                text = $"{mention} {text}",
                textFormat = "plain",
                mentions = new[] { new { mentioned = new { id = Config.Bot.Id }, text = mention } },
            }
            : new { from = new { id = Config.CurrentUser.Id }, text, textFormat = "plain" };
        using var response = await http.PostAsJsonAsync(ConversationPath(conversationId) + "/messages", body);
        await EnsureSuccessAsync(response, $"sending a message to {conversationId}");
        using var sent = await response.Content.ReadFromJsonAsync<JsonDocument>()
            ?? throw new InvalidOperationException("The playground returned no message id.");
        var root = sent.RootElement;
        return new SentMessage(
            root.GetProperty("messageId").ToString(),
            root.TryGetProperty("postConversationId", out var post) ? post.GetString() : null);
    }

    /// <summary>
    /// What the web UI does on opening a chat: the bot gets <c>installationUpdate</c> (add) and
    /// <c>conversationUpdate</c> (membersAdded). The playground answers at once and delivers both
    /// concurrently, without waiting: watch <see cref="Log"/> for the bot's answers.
    /// </summary>
    public async Task InstallAsync(string conversationId)
    {
        using var content = JsonContent.Create(new { });
        using var response = await http.PostAsync($"/_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", content);
        await EnsureSuccessAsync(response, $"posting the installation of {conversationId}");
    }

    /// <summary>The user presses an <c>Action.Submit</c> button: the bot gets a message whose value is <paramref name="value"/>.</summary>
    public async Task SubmitAsync(string conversationId, string cardMessageId, object value)
    {
        using var response = await http.PostAsJsonAsync("/_conversation/v1/submit", new
        {
            conversation = new { id = conversationId }, from = new { id = Config.CurrentUser.Id }, replyToId = cardMessageId, value,
        });
        await EnsureSuccessAsync(response, $"submitting a card in {conversationId}");
    }

    /// <summary>The user presses an <c>Action.Execute</c> button; returns the bot's invoke response body.</summary>
    public async Task<JsonDocument> ExecuteAsync(string conversationId, string cardMessageId, string verb, object data)
    {
        using var response = await http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            conversation = new { id = conversationId },
            from = new { id = Config.CurrentUser.Id },
            replyToId = cardMessageId,
            value = new { action = new { type = "Action.Execute", title = verb, verb, data } },
        });
        await EnsureSuccessAsync(response, $"executing '{verb}' on a card in {conversationId}");
        return await response.Content.ReadFromJsonAsync<JsonDocument>()
            ?? throw new InvalidOperationException("The playground returned no invoke response.");
    }

    private static string ConversationPath(string conversationId) =>
        $"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}";

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new HttpRequestException($"The playground answered {(int)response.StatusCode} {response.ReasonPhrase} to {what}: {body}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Messages.DisposeAsync();
        await Log.DisposeAsync();
    }
}
