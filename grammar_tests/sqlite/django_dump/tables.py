from sqlalchemy import Boolean, CheckConstraint, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()


t_auth_group = Table(
    'auth_group', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', String(150), nullable=False)
)

t_auth_user = Table(
    'auth_user', metadata,
    Column('id', Integer, primary_key=True),
    Column('password', String(128), nullable=False),
    Column('last_login', DateTime),
    Column('is_superuser', Boolean, nullable=False),
    Column('username', String(150), nullable=False),
    Column('last_name', String(150), nullable=False),
    Column('email', String(254), nullable=False),
    Column('is_staff', Boolean, nullable=False),
    Column('is_active', Boolean, nullable=False),
    Column('date_joined', DateTime, nullable=False),
    Column('first_name', String(150), nullable=False)
)

t_django_content_type = Table(
    'django_content_type', metadata,
    Column('id', Integer, primary_key=True),
    Column('app_label', String(100), nullable=False),
    Column('model', String(100), nullable=False),
    Index('django_content_type_app_label_model_76bd3d3b_uniq', 'app_label', 'model', unique=True)
)

t_django_migrations = Table(
    'django_migrations', metadata,
    Column('id', Integer, primary_key=True),
    Column('app', String(255), nullable=False),
    Column('name', String(255), nullable=False),
    Column('applied', DateTime, nullable=False)
)

t_django_session = Table(
    'django_session', metadata,
    Column('session_key', String(40), primary_key=True),
    Column('session_data', Text, nullable=False),
    Column('expire_date', DateTime, nullable=False),
    Index('django_session_expire_date_a5c62663', 'expire_date')
)

t_auth_permission = Table(
    'auth_permission', metadata,
    Column('id', Integer, primary_key=True),
    Column('content_type_id', ForeignKey('django_content_type.id'), nullable=False),
    Column('codename', String(100), nullable=False),
    Column('name', String(255), nullable=False)
)

t_auth_user_groups = Table(
    'auth_user_groups', metadata,
    Column('id', Integer, primary_key=True),
    Column('user_id', ForeignKey('auth_user.id'), nullable=False),
    Column('group_id', ForeignKey('auth_group.id'), nullable=False),
    Index('auth_user_groups_user_id_group_id_94350c0c_uniq', 'user_id', 'group_id', unique=True)
)

t_django_admin_log = Table(
    'django_admin_log', metadata,
    Column('id', Integer, primary_key=True),
    Column('object_id', Text),
    Column('object_repr', String(200), nullable=False),
    Column('action_flag', Integer, nullable=False),
    Column('change_message', Text, nullable=False),
    Column('content_type_id', ForeignKey('django_content_type.id')),
    Column('user_id', ForeignKey('auth_user.id'), nullable=False),
    Column('action_time', DateTime, nullable=False),
    CheckConstraint('"action_flag" >= 0'),
    Index('django_admin_log_content_type_id_c4bce8eb', 'content_type_id')
)

t_auth_group_permissions = Table(
    'auth_group_permissions', metadata,
    Column('id', Integer, primary_key=True),
    Column('group_id', ForeignKey('auth_group.id'), nullable=False),
    Column('permission_id', ForeignKey('auth_permission.id'), nullable=False),
    Index('auth_group_permissions_group_id_b120cbf9', 'group_id'),
    Index('auth_group_permissions_group_id_permission_id_0cd325b0_uniq', 'group_id', 'permission_id', unique=True)
)
