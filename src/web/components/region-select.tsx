// A region picker over the CEN area catalogue (src/domain/regions.ts), named as the console writes them in the
// app's language, e.g. "China North 1 (Qingdao)" / "华北1（青岛）".
import { REGIONS, areaLabel, regionLabel } from '../../domain/regions';
import { useI18n } from '../i18n/i18n';
import { AccessibleSelect } from './accessible-select';

export interface RegionSelectProps {
  id: string;
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Limit the choice (e.g. regions with attached networks); all catalogue regions otherwise. */
  only?: readonly string[] | undefined;
  /** Shown in place of the placeholder when `only` leaves no region (the list then does not open). */
  emptyText?: string | undefined;
  disabled?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
}

export function RegionSelect({
  id,
  value,
  onChange,
  onBlur,
  only,
  disabled,
  emptyText,
  ...aria
}: RegionSelectProps) {
  const { t, locale } = useI18n();
  const regions = only ? REGIONS.filter((r) => only.includes(r.id)) : REGIONS;
  const areas = [...new Set(regions.map((r) => r.area))];
  return (
    <AccessibleSelect
      id={id}
      value={value || undefined}
      onChange={onChange}
      onBlur={onBlur}
      disabled={disabled ?? false}
      showSearch={{ optionFilterProp: 'label' }}
      virtual={false}
      placeholder={t('chooseRegion')}
      emptyText={emptyText}
      aria-invalid={aria['aria-invalid']}
      aria-describedby={aria['aria-describedby']}
      options={areas.map((area) => ({
        label: areaLabel(area, locale),
        title: areaLabel(area, locale),
        options: regions
          .filter((r) => r.area === area)
          .map((r) => ({ value: r.id, label: regionLabel(r.id, locale) })),
      }))}
    />
  );
}
