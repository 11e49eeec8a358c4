#!/usr/bin/env python3
"""Aggregates the execution samples of a JFR recording: where the CPU time of a request stream goes.

    jfr print --events jdk.ExecutionSample rec.jfr > samples.txt
    python3 bench/profile/frames.py samples.txt [top]

Each sample is put in one layer: the first frame, from the leaf down, that belongs to a specific layer of LAYERS
decides (a HashMap.get called by Jackson counts as JSON); JDK and executor frames count only when nothing else is on
the stack. Prints the layers, the hottest leaf methods, and for the
layers of our own stack the methods through which the time enters them.
"""
import re
import sys
from collections import Counter, defaultdict

# (layer, frame prefix) in the order they are tried for each frame; the first match wins.
LAYERS = [
    ('JSON (Jackson)', ('com.fasterxml.jackson', 'tools.jackson')),
    ('GraphQL parsing', ('graphql.parser', 'graphql.language')),
    ('GraphQL validation', ('graphql.validation',)),
    ('context propagation and reactive adapters', ('io.micrometer.context', 'reactor.', 'org.springframework.graphql.execution.ContextPropagationHelper')),
    ('observations / metrics / tracing', ('io.micrometer', 'org.springframework.graphql.observation',
                                          'org.springframework.web.filter.ServerHttpObservationFilter',
                                          'io.opentelemetry', 'org.springframework.core.observability')),
    ('instrumentation (graphql-java)', ('graphql.execution.instrumentation',)),
    ('batch loading (java-dataloader)', ('org.dataloader',)),
    ('Neo4j Java driver', ('org.neo4j.driver',)),
    ('Spring Data Neo4j client', ('org.springframework.data.neo4j',)),
    ('Neo4j server: Cypher (parse, plan, run)', ('org.neo4j.cypher', 'org.neo4j.internal.cypher')),
    ('Neo4j server: Bolt', ('org.neo4j.bolt',)),
    ('Neo4j server: kernel and storage', ('org.neo4j.',)),
    ('Netty (Bolt transport, both ends)', ('io.netty',)),
    ('our code (city.quanzhou)', ('city.quanzhou',)),
    ('GraphQL execution (graphql-java)', ('graphql.',)),
    ('Spring for GraphQL', ('org.springframework.graphql',)),
    ('Spring Security filter chain', ('org.springframework.security',)),
    ('Spring MVC / servlet filters', ('org.springframework.web', 'org.springframework.boot', 'jakarta.servlet')),
    ('Tomcat (HTTP)', ('org.apache.catalina', 'org.apache.coyote', 'org.apache.tomcat')),
    ('Spring (other)', ('org.springframework',)),
    ('thread hand-offs (executors, futures, virtual threads)', ('java.util.concurrent', 'java.lang.VirtualThread',
                                                                'jdk.internal.vm.Continuation', 'java.lang.Thread')),
    ('JDK (other)', ('java.', 'jdk.', 'sun.')),
]

INCLUSIVE = [
    ('HTTP request in Tomcat (everything under the servlet container)', ('org.apache.coyote',)),
    ('Spring Security filter chain (incl. what it wraps)', ('org.springframework.security.web.FilterChainProxy',)),
    ('GraphQL execution: graphql.GraphQL.execute*', ('graphql.GraphQL.execute',)),
    ('GraphQL parsing', ('graphql.parser',)),
    ('GraphQL validation', ('graphql.validation',)),
    ('Micrometer observations and meters', ('io.micrometer.observation', 'io.micrometer.core')),
    ('Micrometer context propagation', ('io.micrometer.context',)),
    ('Neo4j driver observations', ('org.neo4j.driver.observation', 'org.neo4j.driver.internal.observation')),
    ('Spring GraphQL observation instrumentation', ('org.springframework.graphql.observation',)),
    ('HTTP server observation filter', ('org.springframework.web.filter.ServerHttpObservationFilter',)),
    ('Spring async dispatch (WebAsyncManager)', ('org.springframework.web.context.request.async',)),
    ('Spring GraphQL controller invocation (adaptCallable: executor hand-off)', ('org.springframework.graphql.data.method.InvocableHandlerMethodSupport',)),
    ('Spring transactions (@Transactional)', ('org.springframework.transaction',)),
    ('graphql-java instrumentation', ('graphql.execution.instrumentation',)),
    ('java-dataloader', ('org.dataloader',)),
    ('Neo4j Java driver', ('org.neo4j.driver',)),
    ('Neo4j Cypher runtime/planner', ('org.neo4j.cypher', 'org.neo4j.internal.cypher')),
    ('Neo4j Bolt server', ('org.neo4j.bolt',)),
    ('Jackson', ('com.fasterxml.jackson', 'tools.jackson')),
    ('our code', ('city.quanzhou',)),
]

FRAME = re.compile(r'^\s+([\w$.<>/]+)\((.*?)\)\s+line:')


GENERIC = ('thread hand-offs (executors, futures, virtual threads)', 'JDK (other)')


def layer_of(frames):
    # JDK frames are called by every layer: a HashMap.get under Jackson is JSON. So the specific layers are
    # looked for first, from the leaf down, and the generic ones only when no specific frame is on the stack.
    for generic in (False, True):
        for frame in frames:
            for layer, prefixes in LAYERS:
                if (layer in GENERIC) == generic and frame.startswith(prefixes):
                    return layer, frame
    return 'other', frames[0] if frames else '?'


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    samples = []
    frames = None
    thread = None
    with open(path, encoding='utf-8') as text:
        for line in text:
            if line.startswith('jdk.ExecutionSample'):
                frames = []
                thread = None
            elif frames is not None:
                m = FRAME.match(line)
                if m:
                    frames.append(m.group(1))
                elif line.strip().startswith('sampledThread'):
                    thread = line.split('=', 1)[1].strip()
                elif line.startswith('}'):
                    samples.append((frames, thread))
                    frames = None
    total = len(samples)
    print(f'{total} samples')
    layers = Counter()
    leaves = Counter()
    entries = defaultdict(Counter)
    threads = Counter()
    for frames, thread in samples:
        layer, frame = layer_of(frames)
        layers[layer] += 1
        if frames:
            leaves[frames[0]] += 1
        entries[layer][frame] += 1
        name = re.sub(r'\d+', 'N', (thread or '?').split('"')[1] if thread and '"' in thread else (thread or '?'))
        threads[name] += 1
    print('\n## Layers (self time: the first frame from the leaf that belongs to a layer)')
    for layer, n in layers.most_common():
        print(f'{100 * n / total:5.1f}%  {n:6d}  {layer}')
    print('\n## Inclusive (samples whose stack contains a frame starting with ...)')
    for label, prefixes in INCLUSIVE:
        n = sum(1 for frames, _ in samples if any(f.startswith(prefixes) for f in frames))
        print(f'{100 * n / total:5.1f}%  {label}')
    print('\n## Threads')
    for name, n in threads.most_common(12):
        print(f'{100 * n / total:5.1f}%  {name}')
    print(f'\n## Hottest leaf frames (top {top})')
    for frame, n in leaves.most_common(top):
        print(f'{100 * n / total:5.1f}%  {frame}')
    print('\n## Per layer: the frames that decided it (top 8 each)')
    for layer, n in layers.most_common():
        print(f'\n### {layer} ({100 * n / total:.1f}%)')
        for frame, m in entries[layer].most_common(8):
            print(f'{100 * m / total:5.1f}%  {frame}')



if __name__ == '__main__':
    main()
