using System;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using System.Xml;
using System.Xml.Linq;
using AdoptionPlugins.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace AdoptionPlugins.Emulator.Query;

// The cookie names the page and the first and last primary ids it returned, in the platform's format.
internal static class PagingCookie
{
    public static string Create(int page, string primaryIdColumn, Guid first, Guid last) =>
        new XElement(
            "cookie",
            new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)),
            new XElement(primaryIdColumn, new XAttribute("last", last.ToString("B").ToUpperInvariant()), new XAttribute("first", first.ToString("B").ToUpperInvariant())))
        .ToString(SaveOptions.DisableFormatting);

    public static Guid LastId(string cookie, string primaryIdColumn)
    {
        XElement root;
        try
        {
            root = XElement.Parse(cookie);
        }
        catch (XmlException)
        {
            throw Invalid();
        }

        var id = root.Name == "cookie" ? root.Elements(primaryIdColumn).Select(e => (string?)e.Attribute("last")).FirstOrDefault() : null;
        return id is not null && Guid.TryParse(id, out var last) ? last : throw Invalid();
    }

    private static FaultException<OrganizationServiceFault> Invalid() =>
        Fault.Create(ErrorCodes.QueryBuilderInvalidPagingCookie, "Invalid page number in paging cookie.");
}
