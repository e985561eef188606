using System;
using System.Net;

namespace AdoptionPlugins.Tooling.Deployment;

/// <summary>A Web API call that did not succeed, with the HTTP status, the Dataverse error code and a message a person can act on.</summary>
public sealed class DataverseRequestException : Exception
{
    public DataverseRequestException()
    {
    }

    public DataverseRequestException(string message)
        : base(message)
    {
    }

    public DataverseRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataverseRequestException(DataverseFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public DataverseRequestException(DataverseFailure failure, HttpStatusCode status, string? errorCode, string message)
        : base(message)
    {
        Failure = failure;
        Status = status;
        ErrorCode = errorCode;
    }

    public DataverseFailure Failure { get; } = DataverseFailure.Failed;

    public HttpStatusCode? Status { get; }

    public string? ErrorCode { get; }
}
