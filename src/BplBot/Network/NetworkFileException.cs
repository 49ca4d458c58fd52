namespace BplBot.Network;

/// <summary>The network file cannot be used; the message says what is wrong and where, for the person who wrote it.</summary>
public sealed class NetworkFileException(string message, Exception? inner = null) : Exception(message, inner);
