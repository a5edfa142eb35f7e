extension JSONValue {
    /// This value as JSON text: UTF-8, ending with a line feed.
    ///
    /// Pretty output (the default) indents by two spaces and keeps arrays and objects that hold
    /// only scalars on one line; compact output is one line. Object members keep their order.
    /// Doubles always carry a fraction or exponent (`2.0`) so that they read back as doubles.
    ///
    /// - Parameter isCompact: Whether to write everything on one line.
    /// - Returns: The UTF-8 bytes.
    public func serialized(isCompact: Bool = false) -> [UInt8] {
        var emitter = JSONEmitter(isCompact: isCompact)
        // An explicit stack of pending work keeps deep values off the call stack.
        enum Step {
            case value(JSONValue)
            case key(String)
            case endArray
            case endObject
        }
        var steps: [Step] = [.value(self)]
        while let step = steps.popLast() {
            switch step {
            case .key(let key): emitter.key(key)
            case .endArray: emitter.endArray()
            case .endObject: emitter.endObject()
            case .value(let value):
                switch value {
                case .null: emitter.null()
                case .bool(let bool): emitter.bool(bool)
                case .integer(let integer): emitter.integer(integer)
                case .number(let double): emitter.double(double)
                case .string(let string): emitter.string(string)
                case .array(let elements):
                    emitter.beginArray(isInline: elements.allSatisfy(\.isScalar))
                    steps.append(.endArray)
                    for element in elements.reversed() { steps.append(.value(element)) }
                case .object(let object):
                    emitter.beginObject(isInline: object.members.allSatisfy(\.value.isScalar))
                    steps.append(.endObject)
                    for member in object.members.reversed() {
                        steps.append(.value(member.value))
                        steps.append(.key(member.key))
                    }
                }
            }
        }
        emitter.finish()
        return emitter.output
    }

    /// Whether this is neither an array nor an object.
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
