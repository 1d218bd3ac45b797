// Enterprise step 5's tables of one row per side of the connection, A's then B's (the peer attachment's links on
// each router's System table, enterprise-peer-links.tsx; each VPC's route toward the other, enterprise-vpc-routes.tsx).
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Side } from '../../../domain/plan/enterprise-setup-input';

export const SIDES: readonly Side[] = ['A', 'B'];

export function SideTable({ columns }: { columns: ColumnsType<{ side: Side }> }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="side"
      dataSource={SIDES.map((side) => ({ side }))}
      columns={columns}
    />
  );
}
