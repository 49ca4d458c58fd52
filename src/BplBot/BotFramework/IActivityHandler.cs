namespace BplBot.BotFramework;

/// <summary>
/// The one seam between the protocol and the application: the endpoint authenticates and parses the
/// activity, then hands it here. Return an <see cref="InvokeResponse"/> for invokes, null otherwise.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> OnActivityAsync(TurnContext turn, CancellationToken cancellationToken);
}
