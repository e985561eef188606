using System;
using System.Collections.Generic;
using System.Linq;

namespace AdoptionPlugins.Simulation.Organization;

/// <summary>Deals out distinct, plausible names for the simulated people and companies, in an order the seed decides.</summary>
public sealed class PeopleNames
{
    private static readonly string[] FirstNames =
    [
        "Dana", "Riley", "Morgan", "Alex", "Jordan", "Sam", "Taylor", "Casey", "Jamie", "Robin", "Avery", "Quinn", "Noah", "Mia",
        "Lena", "Jonas", "Sofia", "Lucas", "Amara", "Kenji", "Priya", "Mateo", "Elif", "Omar", "Chloe", "Hugo", "Ines", "Felix",
        "Grace", "Leo", "Nora", "Ethan", "Zara", "Ivan", "Maya", "Theo", "Aisha", "Ben", "Clara", "David", "Emma", "Finn", "Hana",
        "Isaac", "Julia", "Karim", "Laura", "Marco", "Nina", "Oscar", "Paula", "Rafael", "Sara", "Tom", "Uma", "Victor", "Wendy",
        "Yusuf", "Anna", "Bruno", "Carmen", "Diego", "Eva", "Frank", "Greta", "Henry", "Iris", "Jack", "Kira", "Liam", "Marta",
    ];

    private static readonly string[] LastNames =
    [
        "Reyes", "Schmidt", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Patel", "Novak", "Rossi", "Kowalski", "Fischer", "Dubois",
        "Nakamura", "Hughes", "Bauer", "Silva", "Jensen", "Kaya", "Murphy", "Weber", "Costa", "Ahmed", "Larsen", "Meyer", "Brennan",
        "Garcia", "Hoffmann", "Ito", "Khan", "Lambert", "Martin", "Nielsen", "Ortega", "Petrov", "Quinlan", "Richter", "Santos",
        "Thompson", "Vogel", "Walsh", "Young", "Zimmermann", "Andersen", "Becker", "Carter", "Diaz", "Evans", "Fontaine", "Gruber",
        "Hansen", "Ivanova", "Jovanovic", "Keller", "Lopez", "Mendes", "Nowak", "Olsen", "Price", "Roth", "Sato", "Turner", "Vidal",
    ];

    private static readonly string[] Companies =
    [
        "Northwind Traders", "Fabrikam", "Adventure Works", "Litware", "Tailspin Toys", "Wide World Importers", "Proseware",
        "Woodgrove Bank", "Trey Research", "Alpine Ski House", "Coho Winery", "Blue Yonder Airlines", "Lucerne Publishing",
        "Margie's Travel", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance", "Consolidated Messenger",
        "City Power & Light", "Relecloud", "Datum Corporation", "Southridge Video", "VanArsdel", "Bellows College",
    ];

    private readonly Queue<(string First, string Last)> _people;

    public PeopleNames(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var pairs = FirstNames.SelectMany(first => LastNames.Select(last => (first, last))).ToArray();
        random.Shuffle(pairs);
        _people = new Queue<(string, string)>(DistinctFirst(pairs));
    }

    /// <summary>The most people the names can tell apart: each first and each last name is used once until all are used.</summary>
    public static int Capacity => FirstNames.Length * LastNames.Length;

    public static IReadOnlyList<string> CompanyNames => Companies;

    public (string First, string Last) Next() =>
        _people.TryDequeue(out var name) ? name : throw new InvalidOperationException($"The simulation has names for at most {Capacity} people.");

    // Small organizations read better when no two people share a first or a last name; large ones reuse them afterwards.
    private static IEnumerable<(string First, string Last)> DistinctFirst((string First, string Last)[] pairs)
    {
        var firsts = new HashSet<string>(StringComparer.Ordinal);
        var lasts = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<(string First, string Last)>();
        foreach (var pair in pairs)
        {
            if (!firsts.Contains(pair.First) && !lasts.Contains(pair.Last))
            {
                firsts.Add(pair.First);
                lasts.Add(pair.Last);
                yield return pair;
            }
            else
            {
                rest.Add(pair);
            }
        }

        foreach (var pair in rest)
        {
            yield return pair;
        }
    }
}
