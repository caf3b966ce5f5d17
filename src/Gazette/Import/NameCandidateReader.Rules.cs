using System.Runtime.CompilerServices;

namespace Gazette.Import;

// What a name may contain, the cues around it and the role in front of it.
internal static partial class NameCandidateReader
{
    // Decides whether the words first..last can be a person's name at all.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GroupKind Judge(TextSegment segment, List<(int Token, Joint Joint)> run, int first, int last, out int words)
    {
        words = 0;
        for (int k = first; k <= last; k++)
        {
            if (run[k].Joint == Joint.Particle)
            {
                continue;
            }

            words++;
            var token = segment.Tokens[run[k].Token];
            var word = token.In(segment.Text);
            if (token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.Camel) || Lexicon.IsPlaceMarker(word))
            {
                return GroupKind.Organisation;
            }

            if (Lexicon.IsStopWord(word) || token.Has(TokenFlags.Initial) && k == last)
            {
                return GroupKind.Other;
            }

            // An organisation word inside or at the front ("Research" is fine, "Bank Smith" is not); the last word is judged with the cues.
            if (k < last && Lexicon.IsOrgWord(word) && !(k == first && Lexicon.IsFirstName(word, out _)))
            {
                return GroupKind.Organisation;
            }
        }

        var firstWord = segment.Word(run[first].Token);
        if (words > MaxNameWords || (words >= 2 && Lexicon.IsPlacePrefix(firstWord)))
        {
            return GroupKind.Organisation;
        }

        int nameStart = segment.Tokens[run[first].Token].Start;
        var name = segment.Text.AsSpan(nameStart, segment.Tokens[run[last].Token].End - nameStart);
        if (words >= 2 && (Lexicon.IsEponymousOrganisation(name) || Gazetteer.IsPlace(name)))
        {
            return GroupKind.Organisation;
        }

        return GroupKind.Person;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NameCues Cues(TextSegment segment, List<(int Token, Joint Joint)> run, int from, int first, int last, bool titled, out string? role)
    {
        var cues = titled ? NameCues.Title : NameCues.None;
        role = null;
        int runLast = run[^1].Token;
        if (NameContext.RoleBefore(segment, run[from].Token, out string? before))
        {
            cues |= NameCues.RoleBefore;
            role = before;
        }

        if (NameContext.Appositive(segment, runLast, out string? after))
        {
            cues |= NameCues.Appositive;
            role ??= after;
        }

        if (NameContext.SpeechAfter(segment, runLast))
        {
            cues |= NameCues.SpeechAfter;
        }

        if (first == last && Lexicon.IsFamousSurname(segment.Word(run[first].Token)))
        {
            cues |= NameCues.Famous;
        }

        int start = segment.Tokens[run[first].Token].Start;
        if (Gazetteer.IsPlace(segment.Text.AsSpan(start, segment.Tokens[run[last].Token].End - start)))
        {
            cues |= NameCues.Place;
        }

        return cues;
    }

    // The office in front of the name, without courtesy titles: "US Secretary of State", "Curator", not "Dr".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? TitleRole(TextSegment segment, List<(int Token, Joint Joint)> run, int from, int title)
    {
        while (from <= title && IsCourtesy(segment.Word(run[from].Token)))
        {
            from++;
        }

        while (title >= from && IsCourtesy(segment.Word(run[title].Token)))
        {
            title--;
        }

        return title < from ? null : segment.Text[segment.Tokens[run[from].Token].Start..segment.Tokens[run[title].Token].End];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasTitleBeforeEnd(TextSegment segment, List<(int Token, Joint Joint)> run, int from, int to)
    {
        for (int k = from; k < to - 1; k++)
        {
            if (IsTitleWord(segment.Word(run[k].Token), out _) && !Lexicon.IsRoleModifier(segment.Word(run[k].Token)))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCourtesy(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Miss" or "Mx" or "Dr" or "Doctor" or "Prof" or "Professor" or "Sir" or "Dame" or "Lord" or "Lady"
            or "Rev" or "Revd" or "Reverend" or "Hon" or "Honourable" or "Mister" or "Madame" or "Mme" or "Mlle" or "Herr" or "Frau" or "Monsieur";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTitleWord(ReadOnlySpan<char> word, out Gender gender)
    {
        if (Lexicon.IsHonorific(word, out gender))
        {
            return true;
        }

        gender = Gender.Unknown;
        if (Lexicon.IsRole(word))
        {
            return true;
        }

        // "Colonel-General", "Vice-President".
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && IsTitleWord(word[..hyphen], out _) && IsTitleWord(word[(hyphen + 1)..], out _);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NonParticles(List<(int Token, Joint Joint)> run, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            count += run[k].Joint == Joint.Particle ? 0 : 1;
        }

        return count;
    }
}
