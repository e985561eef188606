using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a FaultException the organization service throws: error code, message and plugin trace.</summary>
public class OrganizationServiceFault : BaseServiceFault
{
    public OrganizationServiceFault()
    {
    }

    public OrganizationServiceFault InnerFault { get; set; }

    public string TraceText { get; set; }

    public override string ToString()
    {
        var text = new StringBuilder();
        for (var fault = this; fault != null; fault = fault.InnerFault)
        {
            text.AppendLine("Exception details: ");
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "ErrorCode: 0x{0:X8}", fault.ErrorCode));
            text.AppendLine("Message: " + fault.Message);
            text.AppendLine("TimeStamp: " + fault.Timestamp.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture));
            text.AppendLine("--");
        }

        return text.ToString();
    }
}
