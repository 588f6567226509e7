/// The first `count` elements under an order, through a bounded heap: O(n log k) comparisons and k
/// elements kept, instead of sorting all n (the pairs of a large corpus number millions, of which
/// a report keeps thousands).
enum TopSelection {
    /// The `count` first of `elements` under `precedes` (a strict total order), in that order.
    static func first<Element>(_ count: Int, of elements: some Sequence<Element>,
                               by precedes: (Element, Element) -> Bool) -> [Element] {
        guard count > 0 else { return [] }
        // A heap whose root is the last of the kept elements: a newcomer that precedes it replaces it.
        var heap: [Element] = []
        for element in elements {
            if heap.count < count {
                heap.append(element)
                siftUp(&heap, from: heap.count - 1, precedes)
            } else if precedes(element, heap[0]) {
                heap[0] = element
                siftDown(&heap, from: 0, precedes)
            }
        }
        return heap.sorted(by: precedes)
    }

    /// The first `count` elements of each of `groups` groups, in their order among `elements`, in one
    /// pass: `group` gives an element's group (nil, or one out of range, for none). A report that
    /// shows each meeting's first rows would otherwise scan the rows of every meeting before it.
    static func first<Element>(_ count: Int, ofEach groups: Int, among elements: some Sequence<Element>,
                               group: (Element) -> Int?) -> [[Element]] {
        var first = [[Element]](repeating: [], count: groups)
        for element in elements {
            guard let index = group(element), first.indices.contains(index), first[index].count < count else { continue }
            first[index].append(element)
        }
        return first
    }

    /// Restores the heap (every parent after its children) from `index` up.
    private static func siftUp<Element>(_ heap: inout [Element], from index: Int, _ precedes: (Element, Element) -> Bool) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    /// Restores the heap from `index` down.
    private static func siftDown<Element>(_ heap: inout [Element], from index: Int, _ precedes: (Element, Element) -> Bool) {
        var parent = index
        while true {
            var last = parent
            let left = 2 * parent + 1, right = left + 1
            if left < heap.count && precedes(heap[last], heap[left]) { last = left }
            if right < heap.count && precedes(heap[last], heap[right]) { last = right }
            guard last != parent else { return }
            heap.swapAt(parent, last)
            parent = last
        }
    }
}
