import Foundation

/// A deterministic force-directed layout (Fruchterman & Reingold 1991, with gravity toward the
/// centre) for the co-occurrence network: nodes start on a circle in a fixed order, then a fixed
/// number of iterations with a linearly cooling step moves them, so the same graph always gets the
/// same picture.
public struct NetworkLayout: Sendable {
    public var width: Double
    public var height: Double
    public var iterations = 300

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// Positions of `count` nodes joined by `edges` (index pairs, with weights in 0…1), inside the
    /// box with a margin.
    public func positions(count: Int, edges: [(Int, Int, Double)]) -> [(x: Double, y: Double)] {
        guard count > 0 else { return [] }
        let area = width * height
        let k = (area / Double(count)).squareRoot() * 0.6
        let half = min(width, height) / 2
        let gravity = Double(count) * k * k / (half * half)
        var x = (0..<count).map { width / 2 + cos(2 * .pi * Double($0) / Double(count)) * width / 3 }
        var y = (0..<count).map { height / 2 + sin(2 * .pi * Double($0) / Double(count)) * height / 3 }
        for iteration in 0..<iterations {
            var dx = Array(repeating: 0.0, count: count), dy = Array(repeating: 0.0, count: count)
            for i in 0..<count {
                for j in (i + 1)..<count {
                    let ddx = x[i] - x[j], ddy = y[i] - y[j]
                    let distance = max((ddx * ddx + ddy * ddy).squareRoot(), 0.01)
                    let force = k * k / distance
                    dx[i] += ddx / distance * force; dy[i] += ddy / distance * force
                    dx[j] -= ddx / distance * force; dy[j] -= ddy / distance * force
                }
            }
            for (a, b, weight) in edges {
                let ddx = x[a] - x[b], ddy = y[a] - y[b]
                let distance = max((ddx * ddx + ddy * ddy).squareRoot(), 0.01)
                let force = distance * distance / k * (0.5 + weight)
                dx[a] -= ddx / distance * force; dy[a] -= ddy / distance * force
                dx[b] += ddx / distance * force; dy[b] += ddy / distance * force
            }
            let temperature = width / 10 * (1 - Double(iteration) / Double(iterations))
            for i in 0..<count {
                // Gravity toward the centre, balancing the repulsion of all nodes at half the frame,
                // keeps the small components of a sparse network together in the middle.
                dx[i] -= (x[i] - width / 2) * gravity
                dy[i] -= (y[i] - height / 2) * gravity
                let length = max((dx[i] * dx[i] + dy[i] * dy[i]).squareRoot(), 0.01)
                // Moves are capped by the cooling temperature; the frame (with a margin for labels)
                // holds every node, so separate components cannot drift apart.
                x[i] = min(width - margin * 2, max(margin, x[i] + dx[i] / length * min(length, temperature)))
                y[i] = min(height - margin, max(margin, y[i] + dy[i] / length * min(length, temperature)))
            }
        }
        return (0..<count).map { (x[$0], y[$0]) }
    }

    /// Room left around the nodes for their labels (twice that on the right, where labels run).
    let margin = 24.0
}
