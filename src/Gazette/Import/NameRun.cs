using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>How a word joins the run before it.</summary>
internal enum Joint : byte
{
    /// <summary>A plain space.</summary>
    Space,

    /// <summary>A name particle in small letters ("von", "de", "bin").</summary>
    Particle,

    /// <summary>"of" ("Secretary of State", "University of Edinburgh").</summary>
    Of,

    /// <summary>"for" ("Department for Transport").</summary>
    For,

    /// <summary>"and" ("College of Music and Drama", or two people).</summary>
    And,

    /// <summary>"&amp;" ("Marks &amp; Spencer"): always a firm.</summary>
    Ampersand,
}

/// <summary>
/// Finds runs of capitalised words ("US Secretary of State Antony Blinken", "Charles de Gaulle Airport"):
/// words separated by single spaces, with name particles and "of", "for", "and", "&amp;" allowed between
/// capitalised words. A possessive ends a run unless an organisation word follows ("St Thomas' Hospital").
/// </summary>
internal static class NameRun
{
    /// <summary>The run starting at <paramref name="start"/>: token indices and how each joins the one before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(TextSegment segment, int start, List<(int Token, Joint Joint)> run)
    {
        run.Clear();
        run.Add((start, Joint.Space));
        var tokens = segment.Tokens;
        int j = start + 1;
        while (j < tokens.Count)
        {
            var previous = tokens[j - 1];
            var gap = segment.GapBefore(j);

            // "Mr. Smith", "Sen. Chuck Schumer", "George W. Bush": a full stop after a title or an initial.
            bool space = gap is " " || (gap is ". " && (previous.Has(TokenFlags.Initial) || Lexicon.IsHonorific(previous.In(segment.Text), out _)));
            bool ampersand = gap is " & " or "&";
            if (!space && !ampersand)
            {
                break;
            }

            if (previous.Has(TokenFlags.Possessive) && !(IsRunWord(tokens[j]) && Lexicon.IsOrgWord(segment.Word(j))))
            {
                break;
            }

            if (IsRunWord(tokens[j]))
            {
                run.Add((j, ampersand ? Joint.Ampersand : Joint.Space));
                j++;
                continue;
            }

            // Small words join only when a capitalised word follows: "of State", "von der Leyen".
            var joint = ampersand ? (Joint?)null : Connector(segment.Word(j));
            int next = j + 1;
            while (joint == Joint.Particle && next < tokens.Count && segment.GapBefore(next) is " " && Connector(segment.Word(next)) == Joint.Particle)
            {
                next++;
            }

            if (joint is null || next >= tokens.Count || segment.GapBefore(next) is not " " || !IsRunWord(tokens[next]))
            {
                break;
            }

            for (; j < next; j++)
            {
                run.Add((j, joint.Value));
            }
        }
    }

    /// <summary>A word that can be part of a run: capitalised, no digits or underscores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsRunWord(Token token) => token.Has(TokenFlags.Capitalised) && !token.Has(TokenFlags.NotName);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Joint? Connector(ReadOnlySpan<char> word) => word switch
    {
        "of" => Joint.Of,
        "for" => Joint.For,
        "and" => Joint.And,
        "von" or "van" or "der" or "den" or "de" or "del" or "della" or "di" or "da" or "du" or "la" or "le" or "bin" or "binti" or "bint"
            or "ibn" or "al" or "el" or "ben" or "dos" or "das" or "do" or "ter" or "ten" or "zu" or "af" or "y" or "e" => Joint.Particle,
        _ => null,
    };
}
