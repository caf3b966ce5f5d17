using System.Runtime.CompilerServices;

namespace Gazette.Import;

/// <summary>The people an article names, in order of first mention, with what the text says about them.</summary>
/// <param name="Names">Fullest form as written (or the registry's canonical name), each once.</param>
/// <param name="Genders">Per person, from titles and given names; used to resolve "he" and "she".</param>
/// <param name="Roles">Person → the role the text gives them.</param>
internal sealed record People(IReadOnlyList<string> Names, IReadOnlyList<Gender> Genders, IReadOnlyDictionary<string, string> Roles);

/// <summary>
/// Finds every person an article names. Full names come from prose (<see cref="NameCandidateReader"/>);
/// a later surname ("Mr Rudd", "Varga said", "Dr bin Salman") is folded into the full name; a surname
/// with no full name is a person only with a title, a role, a well-known surname or a registry entry,
/// and stays as written. Headlines only repeat people the body names (their capitals say nothing).
/// Fills each segment's <see cref="TextSegment.Mentions"/>.
/// </summary>
internal sealed partial class PersonExtractor
{
    private readonly IReadOnlyList<TextSegment> _segments;
    private readonly Func<string, string?>? _resolve;
    private readonly List<Person> _people = [];
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<(int Segment, int Start)> _mentioned = [];
    private Dictionary<string, List<NameCandidate>>? _unconfirmed;

    private PersonExtractor(IReadOnlyList<TextSegment> segments, Func<string, string?>? resolve)
    {
        _segments = segments;
        _resolve = resolve;
    }

    /// <summary>Finds the people in <paramref name="segments"/> (in document order) and records their mentions.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static People Extract(IReadOnlyList<TextSegment> segments, Func<string, string?>? resolve)
    {
        var extractor = new PersonExtractor(segments, resolve);
        var candidates = extractor.ReadCandidates();
        extractor.AddFullNames(candidates);
        extractor.AddSurnames(candidates);
        extractor.AddHeadlineMentions();
        return extractor.Finish();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<NameCandidate> ReadCandidates()
    {
        var candidates = new List<NameCandidate>();
        var run = new List<(int Token, Joint Joint)>();
        for (int s = 0; s < _segments.Count; s++)
        {
            var segment = _segments[s];
            segment.Mentions.Clear();
            if (!segment.IsProse)
            {
                continue;
            }

            var tokens = segment.Tokens;
            int i = 0;
            while (i < tokens.Count)
            {
                if (!NameRun.IsRunWord(tokens[i]))
                {
                    i++;
                    continue;
                }

                NameRun.Read(segment, i, run);
                NameCandidateReader.Read(segment, s, run, candidates);
                i = run[^1].Token + 1;
            }
        }

        return candidates;
    }

    // Full names with a given name, title, role or apposition; then shorter forms that end a longer
    // one ("Luther King" in "Martin Luther King").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddFullNames(List<NameCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.IsAccepted || (candidate.Words >= 2 && _resolve?.Invoke(NameOf(candidate)) is not null))
            {
                Mention(candidate, PersonFor(candidate, NameOf(candidate), surnameOnly: false));
            }
        }
    }

    // Surnames on their own, in text order: folded into a full name, or a person of their own when
    // the text marks them as one. A surname said with a cue also confirms a full name that had no cue
    // of its own ("Wanjiru Kamau … Kamau said").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddSurnames(List<NameCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Words != 1)
            {
                continue;
            }

            var segment = _segments[candidate.Segment];
            int start = segment.Tokens[candidate.FirstToken].Start;
            var surname = segment.Text.AsSpan(start, segment.Tokens[candidate.LastToken].End - start);
            int person = BySurname(surname, candidate.Segment, start);
            if (person < 0 && (candidate.Cues & (NameCues.Strong | NameCues.SpeechAfter)) != 0 && (candidate.Cues & NameCues.Organisation) == 0)
            {
                person = Confirm(candidates, surname.ToString());
            }

            if (person < 0 && (candidate.Cues & (NameCues.Place | NameCues.Organisation)) == 0
                && ((candidate.Cues & (NameCues.Title | NameCues.RoleBefore | NameCues.Famous)) != 0 || _resolve?.Invoke(surname.ToString()) is not null))
            {
                person = PersonFor(candidate, surname.ToString(), surnameOnly: true);
            }

            if (person >= 0)
            {
                Mention(candidate, person);
                Learn(person, candidate);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Confirm(List<NameCandidate> candidates, string surname)
    {
        _unconfirmed ??= candidates.Where(static c => c.Words >= 2 && !c.IsAccepted)
            .GroupBy(SurnameOf, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.ToList(), StringComparer.Ordinal);
        if (!_unconfirmed.Remove(surname, out var named))
        {
            return -1;
        }

        int person = -1;
        foreach (var candidate in named)
        {
            person = PersonFor(candidate, NameOf(candidate), surnameOnly: false);
            Mention(candidate, person);
        }

        return person;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PersonFor(NameCandidate candidate, string name, bool surnameOnly)
    {
        if (!_byName.TryGetValue(name, out int index))
        {
            index = _people.Count;
            _people.Add(new Person(name));
            _byName[name] = index;
            foreach (string key in SurnameKeys(candidate, surnameOnly))
            {
                if (!_bySurname.TryGetValue(key, out var list))
                {
                    _bySurname[key] = list = [];
                }

                list.Add(index);
            }
        }

        Learn(index, candidate);
        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Learn(int person, NameCandidate candidate)
    {
        var p = _people[person];
        p.Gender = p.Gender == Gender.Unknown ? candidate.Gender : p.Gender;
        p.Role ??= candidate.Role;
    }

    // The person a surname refers to: of several with that surname, the one named last before it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int BySurname(ReadOnlySpan<char> surname, int segment, int offset)
    {
        if (!_bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var people))
        {
            return -1;
        }

        int best = people[0];
        foreach (int person in people)
        {
            if (_people[person].FirstMention is var (s, o) && (s < segment || (s == segment && o < offset)))
            {
                best = person;
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Mention(NameCandidate candidate, int person)
    {
        var segment = _segments[candidate.Segment];
        var first = segment.Tokens[candidate.FirstToken];
        var last = segment.Tokens[candidate.LastToken];
        AddMention(candidate.Segment, new Mention(first.Start, last.End, candidate.FirstToken, candidate.LastToken, person, last.Has(TokenFlags.Possessive)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMention(int segment, Mention mention)
    {
        if (!_mentioned.Add((segment, mention.Start)))
        {
            return;
        }

        _segments[segment].Mentions.Add(mention);
        var p = _people[mention.Person];
        if (p.FirstMention is not var (s, o) || s > segment || (s == segment && o > mention.Start))
        {
            p.FirstMention = (segment, mention.Start);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string NameOf(NameCandidate candidate)
    {
        var segment = _segments[candidate.Segment];
        return segment.Text[segment.Tokens[candidate.FirstToken].Start..segment.Tokens[candidate.LastToken].End];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string SurnameOf(NameCandidate candidate) => _segments[candidate.Segment].Word(candidate.LastToken).ToString();

    // "Ahmed bin Salman" answers to "Salman" and "bin Salman"; "Jean-Luc Picard-Dubois" to "Picard-Dubois".
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IEnumerable<string> SurnameKeys(NameCandidate candidate, bool surnameOnly)
    {
        var segment = _segments[candidate.Segment];
        yield return SurnameOf(candidate);
        if (surnameOnly)
        {
            yield break;
        }

        int particle = candidate.LastToken;
        while (particle - 1 > candidate.FirstToken && char.IsLower(segment.Word(particle - 1)[0]))
        {
            particle--;
        }

        if (particle < candidate.LastToken)
        {
            yield return segment.Text[segment.Tokens[particle].Start..segment.Tokens[candidate.LastToken].End];
        }
    }

    private sealed class Person(string name)
    {
        public string Name { get; } = name;

        public Gender Gender { get; set; }

        public string? Role { get; set; }

        public (int Segment, int Offset)? FirstMention { get; set; }
    }
}
