using Gazette.Diagnostics;
using Gazette.People;

namespace Gazette.Tests.Unit;

public sealed class PersonRegistryTests
{
    [Fact]
    public void Names_and_aliases_resolve_case_insensitively()
    {
        var bag = new DiagnosticBag();
        var registry = PeopleLoader.Parse("people.yml", """
            - name: Vladimir Medinsky
              aliases: [Vladimir Medisnky, Medinsky]
              role: Chief Russian negotiator
              links: [https://example.org/vm]
            """, bag);
        Assert.Empty(bag.Sorted());
        Assert.Equal("Vladimir Medinsky", registry.Find("vladimir  MEDISNKY")!.Name);
        Assert.Equal("Vladimir Medinsky", registry.Find("medinsky")!.Name);
        Assert.Equal("example.org", registry.Find("Vladimir Medinsky")!.Links[0].Title);
        Assert.Null(registry.Find("Someone Else"));
    }
}
