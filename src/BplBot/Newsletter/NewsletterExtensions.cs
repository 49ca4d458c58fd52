using BplBot.Conversations.Commands;

namespace BplBot.Newsletter;

public static class NewsletterExtensions
{
    /// <summary>The post-meeting newsletter draft: its builder, files, links, card, commands and job.</summary>
    public static WebApplicationBuilder AddNewsletter(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NewsletterOptions>().BindConfiguration(NewsletterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<NewsletterBuilder>();
        services.AddSingleton<NewsletterLinks>();
        services.AddSingleton<NewsletterCard>();
        services.AddScoped<ICommandHandler, NewsletterCommand>();
        services.AddScoped<ICommandHandler, BuildNewsletterCommand>();
        return builder;
    }
}
