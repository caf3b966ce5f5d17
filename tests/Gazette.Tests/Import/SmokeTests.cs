using Gazette.Diagnostics;

namespace Gazette.Tests.Import;

public sealed class SmokeTests
{
    [Fact]
    public void Bag() => Assert.False(new DiagnosticBag().HasErrors);
}
