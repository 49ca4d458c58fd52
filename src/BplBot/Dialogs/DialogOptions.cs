using System.ComponentModel.DataAnnotations;

namespace BplBot.Dialogs;

/// <summary>Settings under <c>Dialogs</c>.</summary>
public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>A dialog left alone this long ends without saving (default 24 h).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Dialogs:Timeout must be between 1 minute and 30 days.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(24);
}
