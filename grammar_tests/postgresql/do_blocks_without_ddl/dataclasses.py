from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, String
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Language(Base):
    __tablename__ = 'language'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='language_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(3), nullable=False)

    user_language: Mapped[list['UserLanguage']] = relationship('UserLanguage', back_populates='language')


class UserLanguage(Base):
    __tablename__ = 'user_language'
    __table_args__ = (
        ForeignKeyConstraint(['language_id'], ['language.id'], name='user_language_language_id_fkey'),
        PrimaryKeyConstraint('user_id', 'language_id', name='user_language_pkey')
    )

    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    language_id: Mapped[int] = mapped_column(Integer, primary_key=True)

    language: Mapped['Language'] = relationship('Language', back_populates='user_language')
