package clustersim.gui;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import sim.util.Properties;

/**
 * Read-only inspector rows of a bean in a fixed order: MASON lists a bean's getters in whatever order the
 * JVM reports them, which changes between launches; a student reading a firm wants its role first and the
 * same layout every time. Each row is a {@code getX} method, described by {@code desX} where there is one.
 */
final class InspectorRows extends Properties {
    private static final long serialVersionUID = 1L;
    private final transient List<Method> getters = new ArrayList<>();
    private final transient List<Method> descriptions = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** @param names the rows, in order: {@code "Role"} shows {@code getRole()} */
    InspectorRows(Object bean, String... names) {
        object = bean;
        for (String n : names) {
            try {
                getters.add(bean.getClass().getMethod("get" + n));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has no get" + n + "()", e);
            }
            Method des;
            try {
                des = bean.getClass().getMethod("des" + n);
            } catch (NoSuchMethodException e) {
                des = null;
            }
            descriptions.add(des);
            this.names.add(n);
        }
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return names.size();
    }

    @Override
    public String getName(int k) {
        return names.get(k);
    }

    @Override
    public Object getValue(int k) {
        return call(getters.get(k));
    }

    @Override
    public String getDescription(int k) {
        Method d = descriptions.get(k);
        return d == null ? null : String.valueOf(call(d));
    }

    @Override
    public boolean isReadWrite(int k) {
        return false;
    }

    @Override
    public Class getType(int k) {
        return getters.get(k).getReturnType();
    }

    @Override
    protected Object _setValue(int k, Object value) {
        return getValue(k);
    }

    private Object call(Method m) {
        try {
            return m.invoke(object);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(m + " failed", e);
        }
    }
}
