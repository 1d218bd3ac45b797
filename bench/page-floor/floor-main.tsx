// The floor of bench row (e), page load → step 1 interactive (bench/README.md): a bare React 19 + antd 6 page holding
// the same form as the console's step 1 (src/web/steps/1-create-cen/create-cen-form.tsx and attach-network-fields.tsx:
// Name, Description, "Attach a network" and, once ticked, Account, Region and Networks, and the Create button),
// with none of the console around it: no providers, no shell, no form library, no schema, no cloud read. The bench
// builds it with the console's own vite.config.ts and loads it from the same BFF in the same browser, alternating
// with the console, so the ratio says what the console costs beyond antd and React themselves.
import { Button, Checkbox, Form, Input, Radio, Select } from 'antd';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Step1Form() {
  const [attach, setAttach] = useState(false);
  return (
    <form noValidate aria-label="Account A creates a CEN instance" onSubmit={(e) => e.preventDefault()}>
      <h2>Step 1 Account A creates a CEN instance</h2>
      <Form layout="vertical" component={false}>
        <Form.Item label="Name" htmlFor="name" required>
          <Input id="name" autoComplete="off" placeholder="DifferentAccountDifferentRegion" />
        </Form.Item>
        <Form.Item label="Description" htmlFor="description">
          <Input.TextArea id="description" rows={2} />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={attach} onChange={(e) => setAttach(e.target.checked)}>
            Attach a network
          </Checkbox>
        </Form.Item>
        {attach ? (
          <>
            <Form.Item label="Account">
              <Radio.Group
                defaultValue="different"
                options={[
                  { value: 'current', label: 'Current Account' },
                  { value: 'different', label: 'Different Account' },
                ]}
              />
            </Form.Item>
            <Form.Item label="Region" htmlFor="region">
              <Select id="region" options={[{ value: 'cn-qingdao', label: 'China North 1 (Qingdao)' }]} />
            </Form.Item>
            <Form.Item label="Networks" htmlFor="networks">
              <Select id="networks" options={[]} />
            </Form.Item>
          </>
        ) : null}
        <Button type="primary" htmlType="submit">
          Create CEN instance
        </Button>
      </Form>
    </form>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <Step1Form />
  </StrictMode>,
);
