// The options page: the workload presets the estimates use, and where the price data comes from.
import type { Catalog } from '../pricing-data/validate';
import { formatTokens } from '../utils/money';
import type { WorkloadPreset } from '../utils/workloads';

export function OptionsApp({ catalog, presets }: { catalog: Catalog; presets: readonly WorkloadPreset[] }) {
  return (
    <main style={{ maxWidth: '860px', margin: '0 auto', padding: '24px 20px 48px' }}>
      <h1 style={{ fontSize: '22px' }}>TokenTag settings</h1>

      <section aria-labelledby="presets">
        <h2 id="presets">Workload presets</h2>
        <p class="muted">What one task of each kind of job sends and receives; the popup prices models under these.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">Preset</th>
              <th scope="col" class="num">
                Input
              </th>
              <th scope="col" class="num">
                Output
              </th>
              <th scope="col" class="num">
                Reasoning
              </th>
              <th scope="col" class="num">
                Tool calls
              </th>
              <th scope="col" class="num">
                Tasks / month
              </th>
            </tr>
          </thead>
          <tbody>
            {presets.map((preset) => (
              <tr key={preset.id} data-preset-id={preset.id}>
                <th scope="row" style={{ color: 'inherit', fontSize: '14px' }}>
                  {preset.name}
                  <div class="muted" style={{ fontWeight: 400, fontSize: '12px' }}>
                    {preset.description}
                  </div>
                </th>
                <td class="num">{formatTokens(preset.workload.inputTokens)}</td>
                <td class="num">{formatTokens(preset.workload.outputTokens)}</td>
                <td class="num">{formatTokens(preset.workload.reasoningTokens)}</td>
                <td class="num">{preset.workload.toolCalls}</td>
                <td class="num">{formatTokens(preset.workload.tasksPerMonth)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="about-data">
        <h2 id="about-data">About the data</h2>
        <p>
          {catalog.models.length} models from {catalog.vendors.length} {catalog.vendors.length === 1 ? 'vendor' : 'vendors'},
          prices checked up to {catalog.version}. Every price has a dated period and a source; a price that could not be confirmed
          is shown as unknown.
        </p>
        <ul>
          {catalog.vendors.map((vendor) => (
            <li key={vendor.id}>
              <a href={vendor.pricingUrl} target="_blank" rel="noreferrer">
                {vendor.name}
              </a>{' '}
              <span class="muted">({vendor.models.length} models)</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
