// The query pairs of the comparison: for each, the request our service gets and the request the peer gets, and
// how both answers are brought to one form, so that the harness can check they carry the same data before it
// times them. Orders are compared as they come wherever both sides define one (our lists: name then id; the
// peer's: the same sort asked for explicitly); only where our order rests on something the peer cannot express
// in a request does the comparison sort by id first (noted at the pair).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BY_NAME = '[{name: ASC}, {id: ASC}]';

/** Our kinds as the peer names its types. */
const KIND_OF_TYPENAME = {
  TestBase: 'TEST_BASE', Institute: 'INSTITUTE', Enterprise: 'ENTERPRISE', Result: 'RESULT', IndustryChain: 'INDUSTRY_CHAIN',
  ChainLink: 'CHAIN_LINK', Broker: 'BROKER', TransferAgency: 'TRANSFER_AGENCY', Demand: 'DEMAND', Fund: 'FUND', Park: 'PARK',
};

const kindOf = ({ __typename, ...rest }) => ({ kind: KIND_OF_TYPENAME[__typename], ...rest });
const byId = (list) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const connectionNodes = (connection) => connection.edges.map((edge) => edge.node);

/**
 * The pairs. `variables(pools, i)` draws the i-th variables from the pools (ids read from the database);
 * `ours` and `peer` are { query, variables?(v) } (variables default to v), `sameOurs` / `samePeer` take the
 * `data` of an answer to the compared form.
 */
export function pairs(contractDir, nextDir) {
  const contract = (name) => readFileSync(join(contractDir, `${name}.graphql`), 'utf8');
  const next = (name) => readFileSync(join(nextDir, `${name}.graphql`), 'utf8');
  return [
    {
      name: 'Bases20',
      title: 'first 20 test bases with district and covered links',
      variables: () => ({}),
      ours: { query: `query Bases20 { testBases(first: 20) { edges { node { id name district { code name } covers { id name } } } } }` },
      peer: { query: `query Bases20 { testBases(limit: 20, sort: ${BY_NAME}) { id name district { code name } covers(sort: ${BY_NAME}) { id name } } }` },
      sameOurs: (d) => connectionNodes(d.testBases),
      samePeer: (d) => d.testBases,
    },
    {
      name: 'BaseById',
      title: 'one test base by id with district and covered links',
      variables: (p, i) => ({ id: p.bases[i % p.bases.length] }),
      ours: { query: `query BaseById($id: ID!) { entity(id: $id) { ... on TestBase { id name district { code name } covers { id name } } } }` },
      peer: { query: `query BaseById($id: ID!) { testBases(where: {id: {eq: $id}}) { id name district { code name } covers(sort: ${BY_NAME}) { id name } } }` },
      sameOurs: (d) => d.entity,
      samePeer: (d) => d.testBases[0] ?? null,
    },
    {
      name: 'ChainsLinksBases',
      title: 'every chain → its links → the bases covering each',
      variables: () => ({}),
      ours: { query: `query ChainsLinksBases { industryChains(first: 100) { edges { node { id name links { id name coveredBy { id name } } } } } }` },
      peer: { query: `query ChainsLinksBases { industryChains(sort: ${BY_NAME}) { id name links(sort: ${BY_NAME}) { id name coveredBy(sort: ${BY_NAME}) { id name } } } }` },
      sameOurs: (d) => connectionNodes(d.industryChains),
      samePeer: (d) => d.industryChains,
    },
    {
      // Our gaps come most waiting results first; the shape asks only which links, so both are compared by id.
      name: 'UncoveredLinks',
      title: 'links of one chain no operating base covers',
      variables: (p, i) => ({ chainId: p.chains[i % p.chains.length] }),
      ours: { query: `query UncoveredLinks($chainId: ID) { coverageGaps(chainId: $chainId, first: 100) { link { id name } } }` },
      peer: { query: `query UncoveredLinks($chainId: ID!) { chainLinks(where: {chain: {id: {eq: $chainId}}, coveredBy: {none: {status: {eq: OPERATING}}}}) { id name } }` },
      sameOurs: (d) => byId(d.coverageGaps.map((gap) => gap.link)),
      samePeer: (d) => byId(d.chainLinks),
    },
    {
      // Several shortest paths may tie (ours then ranks them by strength); the compared datum is the length.
      name: 'ShortestPath',
      title: 'shortest partner path, ≤ 4 hops',
      variables: (p, i) => p.pathPairs[i % p.pathPairs.length],
      ours: { query: `query ShortestPath($from: ID!, $to: ID!) { partnerPaths(from: $from, to: $to, maxHops: 4, first: 1) { hops } }` },
      peer: { query: `query ShortestPath($from: ID!, $to: ID!) { shortestPartnerPath(from: $from, to: $to) }` },
      sameOurs: (d) => d.partnerPaths[0]?.hops ?? null,
      samePeer: (d) => d.shortestPartnerPath,
    },
    {
      name: 'TestBases',
      title: 'contract TestBases (first 20, totalCount, pageInfo, district, covers, operators)',
      variables: () => ({ first: 20 }),
      ours: { query: contract('TestBases') },
      peer: {
        query: `query TestBases($first: Int = 20, $after: String) {
  testBasesConnection(first: $first, after: $after, sort: ${BY_NAME}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id name status openToPublic services
        district { code name }
        covers(sort: ${BY_NAME}) { id name }
        operators(sort: ${BY_NAME}) { __typename id name }
      }
    }
  }
}`,
      },
      // cursors are each side's own encoding
      sameOurs: (d) => ({
        totalCount: d.testBases.totalCount, hasNextPage: d.testBases.pageInfo.hasNextPage,
        nodes: d.testBases.edges.map((e) => e.node),
      }),
      samePeer: (d) => ({
        totalCount: d.testBasesConnection.totalCount, hasNextPage: d.testBasesConnection.pageInfo.hasNextPage,
        nodes: d.testBasesConnection.edges.map((e) => ({ ...e.node, services: e.node.services ?? [], operators: e.node.operators.map(kindOf) })),
      }),
    },
    {
      name: 'Entity',
      title: 'contract Entity (a test base, a result or an institute, with a few neighbours)',
      variables: (p, i) => ({ id: p.entities[i % p.entities.length] }),
      ours: { query: contract('Entity') },
      peer: {
        query: `query Entity($id: ID!) {
  entities(where: {id: {eq: $id}}) {
    __typename id name
    ... on TestBase { status covers(sort: ${BY_NAME}) { id name } }
    ... on Result { maturity needsPilot owners(sort: ${BY_NAME}) { __typename id name } }
    ... on Institute { resultsConnection(first: 5, sort: [{node: {publishedOn: DESC}}, {node: {id: ASC}}]) { totalCount edges { node { id name } } } }
  }
}`,
      },
      sameOurs: (d) => d.entity,
      samePeer: (d) => {
        const e = d.entities[0];
        if (!e) return null;
        const { resultsConnection, owners, ...rest } = kindOf(e);
        return {
          ...rest,
          ...(owners ? { owners: owners.map(kindOf) } : {}),
          ...(resultsConnection ? { results: resultsConnection } : {}),
        };
      },
    },
    {
      name: 'ChainCoverage',
      title: 'contract ChainCoverage (per chain: links, covered links, ratio, operating bases, waiting results)',
      variables: () => ({}),
      ours: { query: contract('ChainCoverage') },
      peer: { query: `query ChainCoverage { industryChains(sort: ${BY_NAME}) { id name linkCount coveredLinkCount coverageRatio operatingBaseCount waitingResultCount } }` },
      sameOurs: (d) => d.chainCoverage.map(({ chain, ...rest }) => ({ ...chain, ...rest })),
      samePeer: (d) => d.industryChains,
    },
    {
      // The contract's gap list for one chain, city-wide (ours also takes a district; the peer's filter would
      // need a second document, so the pair keeps to chains).
      name: 'CoverageGaps',
      // The v1 document passes no `first` to the nested lists, so it gets the schema's default of 10 (the bound
      // that came with v2); the peer is asked for the same 10.
      title: 'contract CoverageGaps v1 for one chain (nested lists at their default bound of 10)',
      variables: (p, i) => ({ chainId: p.chains[i % p.chains.length], first: 50 }),
      ours: { query: contract('CoverageGaps') },
      peer: {
        query: `query CoverageGaps($chainId: ID!, $first: Int = 50) {
  chainLinks(where: {chain: {id: {eq: $chainId}}, coveredBy: {none: {status: {eq: OPERATING}}}},
             sort: [{waitingResultCount: DESC}, {name: ASC}, {id: ASC}], limit: $first) {
    id name stage chain { id name }
    results(where: {needsPilot: {eq: true}, maturity: {in: [LAB, BENCH]}}, sort: ${BY_NAME}, limit: 10) { id name }
    enterprises(sort: ${BY_NAME}, limit: 10) { id name }
    coveredBy(where: {status: {in: [PLANNED, UNDER_CONSTRUCTION]}}, sort: ${BY_NAME}) { id name status }
  }
}`,
      },
      sameOurs: (d) => d.coverageGaps,
      samePeer: (d) => d.chainLinks.map(({ results, enterprises, coveredBy, ...link }) => ({
        link, waitingResults: results, enterprises, plannedBases: coveredBy,
      })),
    },
    {
      name: 'CoverageGapsV2',
      title: 'contract CoverageGaps v2 for one chain (nested lists bounded and counted)',
      optional: true,
      variables: (p, i) => ({ chainId: p.chains[i % p.chains.length], first: 50 }),
      ours: { query: next('CoverageGaps') },
      peer: {
        query: `query CoverageGaps($chainId: ID!, $first: Int = 50) {
  chainLinks(where: {chain: {id: {eq: $chainId}}, coveredBy: {none: {status: {eq: OPERATING}}}},
             sort: [{waitingResultCount: DESC}, {name: ASC}, {id: ASC}], limit: $first) {
    id name stage chain { id name }
    waitingResultCount
    results(where: {needsPilot: {eq: true}, maturity: {in: [LAB, BENCH]}}, sort: ${BY_NAME}, limit: 5) { id name }
    enterprisesConnection { totalCount }
    enterprises(sort: ${BY_NAME}, limit: 5) { id name }
    coveredBy(where: {status: {in: [PLANNED, UNDER_CONSTRUCTION]}}, sort: ${BY_NAME}) { id name status }
  }
}`,
      },
      sameOurs: (d) => d.coverageGaps,
      samePeer: (d) => d.chainLinks.map(({ results, enterprises, enterprisesConnection, coveredBy, waitingResultCount, ...link }) => ({
        link, waitingResultCount, waitingResults: results, enterpriseCount: enterprisesConnection.totalCount, enterprises,
        plannedBases: coveredBy,
      })),
    },
  ];
}
