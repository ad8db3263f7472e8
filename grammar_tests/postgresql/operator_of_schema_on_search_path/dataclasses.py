from sqlalchemy import CheckConstraint, Integer, PrimaryKeyConstraint, Text
from sqlalchemy.dialects.postgresql import CITEXT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        CheckConstraint("email ~~ '%%@%%'::text", name='users_email_check'),
        CheckConstraint("length(username::text) >= 2 AND username ~ '^[a-z]+$'::citext", name='users_username_check'),
        PrimaryKeyConstraint('id', name='users_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(CITEXT, nullable=False)
    email: Mapped[str] = mapped_column(Text, nullable=False)
