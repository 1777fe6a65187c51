import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { licensingApi } from '../../api/clients';
import { errorMessage, fieldErrors } from '../../api/errors';
import { QueryState } from '../../layout/QueryState';
import { EmptyState } from '../components/EmptyState';
import { notifyDone } from '../components/notify';

/** The products, each with its downloads catalogue and support contacts; and adding one. */
export function ProductsPage() {
  const products = licensingApi.useQuery('get', '/operator/products', { params: { query: { pageSize: 200 } } });
  return (
    <Stack>
      <Title order={2}>Products</Title>
      <QueryState query={products}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title="No products yet">Add the first product below.</EmptyState>
          ) : (
            <Card withBorder padding={0}>
              <Table.ScrollContainer minWidth={420}>
                <Table striped aria-label="Products">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Code</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/operator/products/${p.id}`} fw={600}>
                            {p.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ff="monospace">{p.code}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
          )
        }
      </QueryState>
      <AddProduct />
    </Stack>
  );
}

function AddProduct() {
  const queryClient = useQueryClient();
  const create = licensingApi.useMutation('post', '/operator/products');
  const form = useForm({
    initialValues: { code: '', name: '' },
    validate: {
      code: (v) => (/^[a-z0-9][a-z0-9-]{1,63}$/.test(v.trim()) ? null : '2 to 64 lowercase letters, digits and dashes'),
      name: (v) => (v.trim() ? null : 'Enter the product name'),
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { body: { code: values.code.trim(), name: values.name.trim() } },
      {
        onSuccess: async (p) => {
          notifyDone(`Product ${p.name} added`);
          form.reset();
          await queryClient.invalidateQueries();
        },
        onError: (error) => form.setErrors({ ...fieldErrors(error), ...(errorCode(error) === 'PRODUCT_CODE_TAKEN' ? { code: errorMessage(error) } : {}) }),
      },
    ),
  );
  return (
    <Card withBorder component="section" aria-labelledby="add-product-title" maw={640}>
      <Title order={3} fz="lg" mb="sm" id="add-product-title">
        Add a product
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="start" wrap="wrap">
          <TextInput label="Code" placeholder="mac-management" {...form.getInputProps('code')} />
          <TextInput label="Name" placeholder="Mac Management for Microsoft SCCM" style={{ flex: 1, minWidth: 220 }} {...form.getInputProps('name')} />
          <Button type="submit" mt={{ base: 0, xs: 25 }} loading={create.isPending}>
            Add product
          </Button>
        </Group>
        {create.error && !Object.keys(form.errors).length && (
          <Text c="red" size="sm" role="alert">
            {errorMessage(create.error)}
          </Text>
        )}
      </form>
    </Card>
  );
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
