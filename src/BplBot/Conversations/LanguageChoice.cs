using BplBot.Cards;
using BplBot.Dialogs;
using BplBot.Domain.Network;
using BplBot.Domain.Text;

namespace BplBot.Conversations;

/// <summary>
/// Which language a turn is answered in, in this order: the person's own choice (<c>språk engelska</c>); the language
/// of the card they pressed; of the command word they typed (<c>hjälp</c> Swedish, <c>help</c> English; <c>status</c> says
/// nothing); of the dialog they are in; their Teams locale; Swedish.
/// </summary>
public static class LanguageChoice
{
    public const string CardField = "lang";

    public static Language For(Person? person, TurnInput input, DialogState? dialog, string? locale) =>
        Languages.FromCode(person?.PreferredLanguage)
        ?? Languages.FromCode(input.Card?.Text(CardField)) // a button speaks the language of its card, whatever its words
        ?? input.Command.WordLanguage
        ?? Languages.FromCode(dialog?.Language)
        ?? Languages.FromLocale(locale ?? person?.Locale);
}
