import Foundation

/// A state-file problem, worded for the person running the test sshd.
public struct SimStateError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
