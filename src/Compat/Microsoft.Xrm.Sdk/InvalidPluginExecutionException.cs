using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The exception a plugin throws to fail an operation with a message the user sees, or to ask the async service for a retry.</summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    public InvalidPluginExecutionException()
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    // ErrorCode is the exception's HResult: the real SDK only overrides it when a non-zero code is given.
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        Status = OperationStatus.Failed;
    }

    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(nameof(Status));
    }

    public int ErrorCode => HResult;

    public OperationStatus Status { get; }

    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(nameof(Status), (int)Status);
    }
}
