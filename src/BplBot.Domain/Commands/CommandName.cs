namespace BplBot.Domain.Commands;

/// <summary>The commands the bot understands, whatever word a person used for them.</summary>
public enum CommandName
{
    Help,
    Teams,
    Link,
    Demo,
    WhoAmI,
    Report,
    EditLast,
    Status,
    NextMeeting,
    CoachRating,
    SetRole,
    RemoveRole,
    Digest,
    NewMeeting,
    Meetings,
    MoveMeeting,
    CancelMeeting,
    PauseReminders,
    ResumeReminders,
    Newsletter,
    BuildNewsletter,
}
