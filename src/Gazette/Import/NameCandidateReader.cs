using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>
/// Reads a run of capitalised words for person names: strips titles and offices ("US Secretary of
/// State Antony Blinken" → Antony Blinken, role kept), skips what follows "of" ("University of
/// Edinburgh", "Hoffmann of IG Metall"), and rejects organisations, places, events and works
/// ("Charles de Gaulle Airport", "Morgan Stanley", "Lake Victoria", "Third Piano Concerto").
/// </summary>
internal static partial class NameCandidateReader
{
    private const int MaxNameWords = 4;

    private enum GroupKind : byte
    {
        None,
        Person,
        Role,
        Organisation,
        Other,
    }

    /// <summary>Adds the candidates found in <paramref name="run"/> to <paramref name="output"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(TextSegment segment, int segmentIndex, List<(int Token, Joint Joint)> run, List<NameCandidate> output)
    {
        if (run.Exists(static r => r.Joint == Joint.Ampersand))
        {
            return;
        }

        var tokens = segment.Tokens;
        if (run.Count > 1)
        {
            int runStart = tokens[run[0].Token].Start;
            var whole = segment.Text.AsSpan(runStart, tokens[run[^1].Token].End - runStart);
            if (Lexicon.IsEponymousOrganisation(whole) || Gazetteer.IsPlace(whole))
            {
                return;
            }
        }

        var kind = GroupKind.None;
        var joint = Joint.Space;
        int start = 0;
        for (int k = 0; k <= run.Count; k++)
        {
            if (k < run.Count && run[k].Joint is not (Joint.Of or Joint.For or Joint.And))
            {
                continue;
            }

            if (k > start)
            {
                var next = k < run.Count ? run[k].Joint : Joint.Space;
                kind = ReadGroup(segment, segmentIndex, run, start, k, joint, next, kind, output);
            }

            if (k < run.Count)
            {
                joint = run[k].Joint;
                start = k + 1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static GroupKind ReadGroup(
        TextSegment segment, int segmentIndex, List<(int Token, Joint Joint)> run, int from, int to, Joint joint, Joint next, GroupKind previous, List<NameCandidate> output)
    {
        // "US Secretary of …", "Minister for …": an office whose complement follows.
        if (next is Joint.Of or Joint.For && IsTitleWord(segment.Word(run[to - 1].Token), out _))
        {
            return GroupKind.Role;
        }

        bool complement = joint is Joint.Of or Joint.For && previous == GroupKind.Role;
        if (((joint is Joint.Of or Joint.For && !complement) || (joint == Joint.And && previous == GroupKind.Organisation))
            && !HasTitleBeforeEnd(segment, run, from, to))
        {
            // "University of Edinburgh", "Jürgen Hoffmann of IG Metall", "College of Music and Drama";
            // but "Bank of England Governor Andrew Bailey" goes on to the name after the title.
            return GroupKind.Organisation;
        }

        // The last title or office word that still has a name after it.
        int title = -1;
        bool titled = false;
        var gender = Gender.Unknown;
        for (int k = from; k < to - 1; k++)
        {
            var word = segment.Word(run[k].Token);
            if (IsTitleWord(word, out var g) && !(Lexicon.IsFirstName(word, out _) && NonParticles(run, k + 1, to) == 1 && !Lexicon.IsHonorific(word, out _)))
            {
                title = k;
                titled |= !Lexicon.IsRoleModifier(word);
                gender = g != Gender.Unknown ? g : gender;
            }
        }

        if (complement && title < 0)
        {
            // "President of France Emmanuel Macron": the name starts at the given name.
            int given = Enumerable.Range(from, to - from).FirstOrDefault(k => Lexicon.IsFirstName(segment.Word(run[k].Token), out _), -1);
            title = given >= 0 ? given - 1 : to - from >= 3 ? to - 3 : int.MaxValue;
            if (title == int.MaxValue)
            {
                return GroupKind.Other;
            }
        }

        int first = title >= 0 ? title + 1 : from;
        while (first < to && Lexicon.IsStopWord(segment.Word(run[first].Token)))
        {
            first++;
        }

        int last = to - 1;
        while (last > first && Lexicon.IsPostNominal(segment.Word(run[last].Token)))
        {
            last--;
        }

        // "Desperate Putin": a sentence's first word is capitalised anyway; unless it is a given name it is not part of the name.
        if (title < 0 && last > first && segment.Tokens[run[first].Token].Has(TokenFlags.SentenceStart)
            && !Lexicon.IsFirstName(segment.Word(run[first].Token), out _) && run[first + 1].Joint != Joint.Particle)
        {
            first++;
        }

        if (first > last || run[first].Joint == Joint.Particle && first == last)
        {
            return title >= 0 && title == to - 1 || IsTitleWord(segment.Word(run[to - 1].Token), out _) ? GroupKind.Role : GroupKind.Other;
        }

        var verdict = Judge(segment, run, first, last, out int words);
        if (verdict != GroupKind.Person)
        {
            return verdict;
        }

        var cues = Cues(segment, run, from, first, last, titled || complement, out string? role);
        if (title >= 0 && TitleRole(segment, run, complement || joint is Joint.Of or Joint.For ? 0 : from, title) is { } titleRole)
        {
            role = titleRole;
        }

        // A given name that is also a place ("Charlotte Hornets", "Jordan Valley") needs a second cue.
        var givenName = segment.Word(run[first].Token);
        if (Lexicon.IsFirstName(givenName, out var firstNameGender)
            && (!Gazetteer.IsPlace(givenName) || (cues & (NameCues.Strong | NameCues.SpeechAfter)) != 0))
        {
            cues |= NameCues.FirstName;
            gender = gender == Gender.Unknown ? firstNameGender : gender;
        }

        var lastWord = segment.Word(run[last].Token);
        if (words >= 2 && Lexicon.IsOrgWord(lastWord) && !Exempt(cues))
        {
            return GroupKind.Organisation;
        }

        // "Prime Minister's office", "Premier League": a lone word that names an office or a body can
        // only repeat a surname the text already gave ("Church told reporters"), never introduce one.
        bool organisation = words == 1 && (Lexicon.IsOrgWord(lastWord) || IsTitleWord(lastWord, out _));
        output.Add(new NameCandidate(segmentIndex, run[first].Token, run[last].Token, words, cues | (organisation ? NameCues.Organisation : 0), gender, role));
        return organisation ? GroupKind.Organisation : GroupKind.Person;
    }

    // "Steve Hall said": a surname that is also an organisation word, with a given name and a cue
    // from outside the name (a title inside it proves nothing: "Queen Elizabeth Hospital").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Exempt(NameCues cues) =>
        (cues & NameCues.FirstName) != 0 && (cues & (NameCues.RoleBefore | NameCues.Appositive | NameCues.SpeechAfter)) != 0;
}
