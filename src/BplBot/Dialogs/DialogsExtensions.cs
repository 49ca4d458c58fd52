namespace BplBot.Dialogs;

public static class DialogsExtensions
{
    /// <summary>Dialog state in the database and the runner every kind of dialog goes through (each registers its IDialog).</summary>
    public static WebApplicationBuilder AddDialogs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<DialogStore>();
        builder.Services.AddScoped<DialogRunner>();
        return builder;
    }
}
