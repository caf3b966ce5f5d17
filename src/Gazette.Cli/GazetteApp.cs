using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Gazette.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Gazette.Cli;

/// <summary>The command line: one command class per verb, exit codes as PRODUCT.md says (0 ok, 1 content errors, 2 usage).</summary>
public static class GazetteApp
{
    /// <summary>Exit code for content, template or config errors.</summary>
    public const int ContentErrors = 1;

    /// <summary>Exit code for usage errors.</summary>
    public const int UsageError = 2;

    /// <summary>The tool's version.</summary>
    public static string Version { get; } =
        typeof(GazetteApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Runs the command line and returns the exit code. <paramref name="beforeBuild"/> sees a
    /// <c>build</c>'s parsed settings before it runs, so that a process running one build may
    /// tune itself for it; tests, which run the command line in their own process, pass none.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode", Justification = "The native executable keeps gazette and Spectre.Console.Cli whole (TrimmerRootAssembly), and NativeAotTests runs every verb of it.")]
    public static int Run(string[] args, IAnsiConsole? console = null, Action<BuildCommand.Settings>? beforeBuild = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("gazette");
            config.SetApplicationVersion(Version);
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            if (beforeBuild is not null)
            {
                config.SetInterceptor(new BeforeBuild(beforeBuild));
            }

            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the site into _site/ (or site.yml 'output').")
                .WithExample("build")
                .WithExample("build", "--site", "my-site", "--base-url", "https://user.github.io/repo/");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Convert raw text articles into Markdown with front matter in content/articles/.")
                .WithExample("import", "raw/")
                .WithExample("import", "raw/story.txt", "--dry-run", "--format", "json");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check config, content, templates and links like 'build --strict', writing nothing.")
                .WithExample("check", "--site", "my-site")
                .WithExample("check", "--format", "json");
            config.AddCommand<NewCommand>("new")
                .WithDescription("Create a new site in DIR that builds at once (refuses a non-empty DIR).")
                .WithExample("new", "my-site");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Build, serve the site at its base path on 127.0.0.1:4000, and rebuild and reload open pages on every save.")
                .WithExample("serve")
                .WithExample("serve", "--site", "my-site", "--port", "4001");
        });

        try
        {
            return app.Run(args);
        }
        catch (CommandAppException ex)
        {
            // Usage errors go with the diagnostics on stderr, so that stdout stays clean for JSON.
            Console.Error.WriteLine($"gazette: {ex.Message}");
            return UsageError;
        }
    }

    private sealed class BeforeBuild(Action<BuildCommand.Settings> action) : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings)
        {
            if (settings is BuildCommand.Settings build)
            {
                action(build);
            }
        }

        public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
        {
        }
    }
}
