using System.Text;

using Gazette.Diagnostics;
using Gazette.Import;

namespace Gazette.Tests.Import;

/// <summary>Shortcuts for importing text written in a test.</summary>
public static class ImportHelper
{
    /// <summary>Imports UTF-8 <paramref name="text"/> as <c>test.txt</c>; fails the test when nothing comes back.</summary>
    public static ImportedArticle Import(string text, ImportOptions? options = null, DiagnosticBag? diagnostics = null) =>
        Importer.Import("test.txt", Encoding.UTF8.GetBytes(text), options ?? new ImportOptions(), diagnostics ?? new DiagnosticBag())
            ?? throw new Xunit.Sdk.XunitException("import returned null");

    /// <summary>Imports a headline followed by the given paragraphs.</summary>
    public static ImportedArticle Article(params string[] paragraphs) =>
        Import("An ordinary headline for a test\n\n" + string.Join("\n\n", paragraphs));
}
