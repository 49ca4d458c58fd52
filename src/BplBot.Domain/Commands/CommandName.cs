namespace BplBot.Domain.Commands;

/// <summary>The commands the bot understands, whatever word a person used for them.</summary>
public enum CommandName
{
    Help,
    Teams,
    Link,
    Demo,
    WhoAmI,
    Language,
    Report,
    EditLast,
    Status,
    NextMeeting,
    CoachRating,
    SupportDone,
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
