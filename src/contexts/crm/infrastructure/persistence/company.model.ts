import { VersionedModel } from '@promenade/persistence';
import { Column, Entity } from 'typeorm';

@Entity({ schema: 'crm', name: 'companies' })
export class CompanyModel extends VersionedModel {
  @Column('varchar', { length: 200 })
  name!: string;

  @Column('varchar', { name: 'legal_type', length: 32 })
  legalType!: string;

  @Column('varchar', { length: 16 })
  size!: string;

  @Column('varchar', { length: 100, nullable: true })
  industry!: string | null;

  @Column('varchar', { name: 'tax_id', length: 64, nullable: true })
  taxId!: string | null;

  @Column('integer', { name: 'employee_count', nullable: true })
  employeeCount!: number | null;

  /** Minor units, with its currency; both set or both null. */
  @Column('bigint', { name: 'annual_revenue_amount', nullable: true })
  annualRevenueAmount!: string | null;

  @Column('char', { name: 'annual_revenue_currency', length: 3, nullable: true })
  annualRevenueCurrency!: string | null;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
