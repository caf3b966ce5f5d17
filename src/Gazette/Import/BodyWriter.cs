using System.Runtime.CompilerServices;
using System.Text;

namespace Gazette.Import;

/// <summary>Writes body blocks as Markdown: escaped paragraphs and lists, separated by blank lines.</summary>
internal static class BodyWriter
{
    /// <summary>The Markdown body (no trailing newline).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Write(IReadOnlyList<BodyBlock> blocks)
    {
        // Sized for the text plus escapes and separators, so the builder never grows.
        int size = 0;
        foreach (var block in blocks)
        {
            size += block is ParagraphBlock p ? p.Text.Length + 8 : ((ListBlock)block).Items.Sum(static i => i.Length + 8);
        }

        var markdown = new StringBuilder(size + (size / 16));
        bool alternate = false;
        BodyBlock? previous = null;
        foreach (var block in blocks)
        {
            if (markdown.Length > 0)
            {
                markdown.Append("\n\n");
            }

            switch (block)
            {
                case ParagraphBlock paragraph:
                    markdown.Append(MarkdownEscaper.Escape(paragraph.Text));
                    break;
                case ListBlock list:
                    // Two lists in a row with the same marker would merge into one; alternate the marker.
                    alternate = previous is ListBlock && !alternate;
                    AppendList(markdown, list, alternate);
                    break;
            }

            previous = block;
        }

        return markdown.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AppendList(StringBuilder markdown, ListBlock list, bool alternate)
    {
        for (int i = 0; i < list.Items.Count; i++)
        {
            if (i > 0)
            {
                markdown.Append('\n');
            }

            string marker = list.Ordered ? $"{i + 1}{(alternate ? ')' : '.')} " : alternate ? "* " : "- ";
            markdown.Append(marker).Append(MarkdownEscaper.Escape(list.Items[i]));
        }
    }
}
