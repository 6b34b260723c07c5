// Options entry: mounts the settings app.
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/theme.css';
import { catalog } from '../../pricing-data/index';
import { defaultPresets } from '../../utils/workloads';

render(<OptionsApp catalog={catalog} presets={defaultPresets} />, document.getElementById('app')!);
