/// Carries out effects and answers with actions.
///
/// `run` is called on its own task per effect; long-running effects (the event stream, timers)
/// keep sending until they end or their task is cancelled.
public protocol EffectRunner: Sendable {
    /// Does `effect`, calling `send` with each resulting action.
    func run(_ effect: Effect, send: @escaping @Sendable (Action) -> Void) async
}
