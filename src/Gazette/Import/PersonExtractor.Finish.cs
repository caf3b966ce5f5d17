using System.Runtime.CompilerServices;

namespace Gazette.Import;

internal sealed partial class PersonExtractor
{
    // Headlines are short; a first "line" of thousands of words is not one worth matching in full.
    private const int MaxHeadlineTokens = 100;

    // Headlines and subheadlines: only names the body gives (full or surname) and well-known surnames.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddHeadlineMentions()
    {
        for (int s = 0; s < _segments.Count; s++)
        {
            var segment = _segments[s];
            if (segment.IsProse)
            {
                continue;
            }

            for (int i = 0; i < segment.Tokens.Count && i < MaxHeadlineTokens; i++)
            {
                if (!NameRun.IsRunWord(segment.Tokens[i]))
                {
                    continue;
                }

                var (person, last) = MatchKnown(segment, i);
                var word = segment.Word(i);
                if (person < 0 && !segment.Tokens[i].Has(TokenFlags.AllCaps) && Lexicon.IsFamousSurname(word) && !Gazetteer.IsPlace(word))
                {
                    string surname = word.ToString();
                    person = _byName.TryGetValue(surname, out int known) ? known
                        : PersonFor(new NameCandidate(s, i, i, 1, NameCues.Famous, Gender.Unknown, null), surname, surnameOnly: true);
                    last = i;
                }

                if (person >= 0)
                {
                    var token = segment.Tokens[last];
                    AddMention(s, new Mention(segment.Tokens[i].Start, token.End, i, last, person, token.Has(TokenFlags.Possessive)));
                    i = last;
                }
            }
        }
    }

    // A known person's full name or surname starting at token i: (person, last token) or (-1, i).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int Person, int Last) MatchKnown(TextSegment segment, int i)
    {
        int best = -1, bestLast = i;
        for (int p = 0; p < _people.Count; p++)
        {
            string name = _people[p].Name;
            int start = segment.Tokens[i].Start;
            int last = i + name.Count(static c => c == ' ');
            if (last < segment.Tokens.Count && (best < 0 || last > bestLast)
                && segment.Tokens[last].End - start == name.Length && segment.Text.AsSpan(start, name.Length).SequenceEqual(name))
            {
                (best, bestLast) = (p, last);
            }
        }

        // A surname followed by an organisation word is the organisation ("Sheldon Prize"). An
        // all-capitals headline ("KANE DOUBLE SENDS SPURS TOP") is matched ignoring case.
        bool organisation = i + 1 < segment.Tokens.Count && segment.GapBefore(i + 1) is " " && NameRun.IsRunWord(segment.Tokens[i + 1])
            && Lexicon.IsOrgWord(segment.Word(i + 1));
        string word = segment.Word(i).ToString();
        if (best < 0 && !organisation && segment.Tokens[i].Has(TokenFlags.AllCaps))
        {
            word = _bySurname.Keys.FirstOrDefault(k => string.Equals(k, word, StringComparison.OrdinalIgnoreCase)) ?? word;
        }

        if (best < 0 && !organisation && _bySurname.ContainsKey(word))
        {
            best = BySurname(word, int.MaxValue, 0);
        }

        return (best, bestLast);
    }

    // Orders people by first mention, applies the registry, merges names the registry makes equal,
    // and renumbers every mention.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private People Finish()
    {
        var order = Enumerable.Range(0, _people.Count)
            .Where(p => _people[p].FirstMention is not null)
            .OrderBy(p => _people[p].FirstMention!.Value.Segment)
            .ThenBy(p => _people[p].FirstMention!.Value.Offset)
            .ToList();

        var names = new List<string>();
        var genders = new List<Gender>();
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        var renumber = new int[_people.Count];
        Array.Fill(renumber, -1);
        foreach (int p in order)
        {
            var person = _people[p];
            string name = _resolve?.Invoke(person.Name) ?? person.Name;
            int index = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                index = names.Count;
                names.Add(name);
                genders.Add(person.Gender);
            }

            renumber[p] = index;
            if (person.Role is { } role)
            {
                roles.TryAdd(names[index], role);
            }
        }

        foreach (var segment in _segments)
        {
            var mentions = segment.Mentions;
            for (int m = mentions.Count - 1; m >= 0; m--)
            {
                int person = renumber[mentions[m].Person];
                if (person < 0)
                {
                    mentions.RemoveAt(m);
                }
                else
                {
                    mentions[m] = mentions[m] with { Person = person };
                }
            }

            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        return new People(names, genders, roles);
    }
}
