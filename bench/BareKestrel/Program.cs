// The floor: a bare Kestrel endpoint that parses the activity and posts one reply to the connector, nothing else
// (no auth, no storage, no routing). What any bot on this stack costs at the least.
using System.Net.Http.Json;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddHttpClient("connector");
var app = builder.Build();
app.MapPost("/api/messages", async (HttpRequest request, IHttpClientFactory clients) =>
{
    using var activity = await JsonDocument.ParseAsync(request.Body);
    var root = activity.RootElement;
    var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
    var conversation = root.GetProperty("conversation").GetProperty("id").GetString()!;
    var id = root.GetProperty("id").GetString()!;
    var reply = new Dictionary<string, object?>
    {
        ["type"] = "message", ["text"] = "hjälp", ["replyToId"] = id,
        ["from"] = root.GetProperty("recipient").Clone(), ["recipient"] = root.GetProperty("from").Clone(),
        ["conversation"] = root.GetProperty("conversation").Clone(),
    };
    using var response = await clients.CreateClient("connector").PostAsJsonAsync(
        $"{serviceUrl}v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id)}", reply);
    return Results.Ok();
});
app.Run();
