/// The fast decoder met something it does not handle exactly like the reference decoder.
///
/// Not an error a user sees: the line is decoded again by the `JSONDecoder` path, which either
/// accepts it (old numbers as strings in odd places, escaped keys, fractions, duplicate keys…)
/// or produces the one clear error message for it. Carries nothing, so throwing it is cheap.
struct FastPathBail: Error {}
