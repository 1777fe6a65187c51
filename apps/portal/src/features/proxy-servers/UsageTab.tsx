import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ActivationComponents } from '#api-client';
import { formatDate } from '../subscriptions/format';

type UsagePoint = ActivationComponents['schemas']['UsagePointDto'];

/** Report dates and the peak usage on each: a chart (against the licenses) and the table, newest first. */
export function UsageTab({ usage, licenses }: { usage: UsagePoint[]; licenses: number }) {
  if (usage.length === 0) {
    return <Text c="dimmed">No usage report yet. The proxy reports the number of managed computers once a week; offline proxies report with each refresh file.</Text>;
  }
  const data = usage.map((p) => ({ date: formatDate(p.reportedAt), 'Peak usage': p.peakComputers, Managed: p.managedComputers }));
  return (
    <Stack>
      <LineChart
        h={240}
        data={data}
        dataKey="date"
        series={[
          { name: 'Peak usage', color: 'red.6' },
          { name: 'Managed', color: 'blue.6' },
        ]}
        referenceLines={[{ y: licenses, label: `Licenses (${licenses})`, color: 'gray.6' }]}
        yAxisProps={{ allowDecimals: false, domain: [0, (max: number) => Math.max(max, licenses)] }}
        withLegend
        curveType="linear"
        aria-label="Peak usage by report date"
        role="img"
      />
      <Table.ScrollContainer minWidth={360}>
        <Table striped aria-label="Usage reports">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Report date</Table.Th>
              <Table.Th ta="right">Peak usage</Table.Th>
              <Table.Th ta="right">Managed computers</Table.Th>
              <Table.Th>App version</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...usage].reverse().map((p) => (
              <Table.Tr key={`${p.reportedAt}-${p.receivedAt}`}>
                <Table.Td>{formatDate(p.reportedAt)}</Table.Td>
                <Table.Td ta="right">
                  {p.peakComputers} {p.overLimit && <Badge color="orange">Over limit</Badge>}
                </Table.Td>
                <Table.Td ta="right">{p.managedComputers}</Table.Td>
                <Table.Td>{p.appVersion}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
