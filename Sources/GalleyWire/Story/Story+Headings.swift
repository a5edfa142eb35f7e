import GalleyCore

extension Story {
    /// Takes over what an ANPA heading says.
    mutating func apply(_ heading: ANPAHeading) {
        if let keyword = heading.keyword {
            metadata.slug = SlugKey.slug(of: keyword)
            setExtra("keyword", keyword)
        }
        metadata.version = heading.version
        if let code = heading.priorityCode {
            metadata.priority = ANPAPriority.rank(code)
            setExtra("priorityCode", code)
        }
        metadata.category = heading.category
        metadata.wordCount = heading.wordCount
        setExtra("serviceLevel", heading.serviceLevel)
        setExtra("messageNumber", heading.messageNumber)
        setExtra("selector", heading.selector)
        setExtra("reference", heading.reference)
        setExtra("filingDate", heading.filingDate)
        setExtra("format", heading.format?.rawValue)
    }

    /// Takes over what an IPTC 7901 heading says (the slug lines are read with the text).
    mutating func apply(_ heading: IPTC7901Heading) {
        if let priority = heading.priority, (1...6).contains(priority) {
            metadata.priority = priority
        } else if let priority = heading.priority {
            metadata.extra["priorityCode"] = .string(String(priority))
        }
        metadata.category = heading.category
        metadata.wordCount = heading.wordCount
        metadata.source = heading.source
        setExtra("service", heading.service)
        setExtra("messageNumber", heading.messageNumber)
        setExtra("routing", heading.routing)
        setExtra("reference", heading.reference)
        setExtra("headerInformation", heading.information)
    }
}
